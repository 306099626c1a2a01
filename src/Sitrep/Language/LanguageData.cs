using System.Reflection;
using System.Text.Json;

namespace Sitrep.Language;

/// <summary>Reads the data files embedded from data/ (logical names "sitrep/&lt;path under data&gt;").</summary>
public static class LanguageData
{
    private static readonly Assembly Assembly = typeof(LanguageData).Assembly;

    public static Stream Open(string path) =>
        Assembly.GetManifestResourceStream("sitrep/" + path)
        ?? throw new InvalidOperationException($"The data file '{path}' is not embedded in {Assembly.GetName().Name}.");

    public static bool Exists(string path) => Assembly.GetManifestResourceInfo("sitrep/" + path) is not null;

    public static string ReadText(string path)
    {
        using var s = Open(path);
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    public static JsonDocument ReadJson(string path) =>
        JsonDocument.Parse(ReadText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

    /// <summary>The string arrays of a JSON object's properties (keys starting with "_" are comments).</summary>
    public static Dictionary<string, string[]> ReadLists(string path)
    {
        using var doc = ReadJson(path);
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.Name.StartsWith('_') || p.Value.ValueKind != JsonValueKind.Array) continue;
            result[p.Name] = p.Value.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
        }
        return result;
    }
}
