using System.Text.Json;
using Sitrep.Pipeline;

namespace Sitrep.Read;

/// <summary>
/// Articles one per line as JSON: <c>{"text", "url", "title", "published", "source"}</c>; only
/// <c>text</c> is required. A bad line is skipped with its line number; the other lines go on.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<SourceItem> Read(string path)
    {
        IEnumerable<string> lines;
        try { lines = File.ReadLines(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [SourceItem.Skip(path, $"cannot be read ({e.Message})")];
        }
        return ReadLines(path, lines);
    }

    private static IEnumerable<SourceItem> ReadLines(string path, IEnumerable<string> lines)
    {
        using var e = lines.GetEnumerator();
        int n = 0;
        while (true)
        {
            string line;
            try
            {
                if (!e.MoveNext()) yield break;
                line = e.Current;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                yield break;
            }
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(line, $"{path}:{n}");
        }
    }

    public static SourceItem ParseLine(string line, string origin)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return SourceItem.Skip(origin, "not a JSON object");
            var text = Get(root, "text");
            if (string.IsNullOrWhiteSpace(text)) return SourceItem.Skip(origin, "no \"text\"");
            var published = Get(root, "published");
            DateOnly? date = HtmlArticleReader.ParseDate(published);
            if (published is not null && date is null) return SourceItem.Skip(origin, $"\"published\" is not a date: '{published}'");
            return new SourceItem(origin, new ArticleInput(text, Published: date, Source: Get(root, "source"), Url: Get(root, "url"), Title: Get(root, "title")));
        }
        catch (JsonException ex)
        {
            return SourceItem.Skip(origin, $"not valid JSON ({ex.Message.Split('.')[0]})");
        }
    }

    private static string? Get(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
