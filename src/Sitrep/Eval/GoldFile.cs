using System.Globalization;
using System.Text.Json;

namespace Sitrep.Eval;

/// <summary>
/// A gold file (the format of ../shared/seed/gold.json): the article it codes, the date it was published, and the
/// events a careful coder writes for it. A field left out of a gold event is not scored.
/// </summary>
public sealed record GoldFile(
    string Path,
    string Article,
    string ArticlePath,
    DateOnly? Published,
    string? Lang,
    string? Url,
    string? Note,
    IReadOnlyList<GoldEvent> Events)
{
    public IEnumerable<GoldEvent> Required => Events.Where(e => !e.Optional);
}

/// <summary>What reading a gold file gave: the file, or one line saying which file and what is wrong.</summary>
public sealed record GoldReadResult(GoldFile? Gold, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// One gold event. Strings are null where the gold leaves the field out; name lists are the strings any of which
/// counts as a match. Numbers keep "present" apart from "present and null" (<see cref="GoldNumber"/>) because the
/// scorer compares what the gold states, even a null.
/// </summary>
public sealed record GoldEvent
{
    public string? Id { get; init; }
    /// <summary>YYYY-MM-DD, checked when read.</summary>
    public string EventDate { get; init; } = "";
    public bool Optional { get; init; }
    public string? DisorderType { get; init; }
    public string? EventType { get; init; }
    /// <summary>The sub-event types a careful coder could defensibly choose (one string in the gold becomes a list of one).</summary>
    public IReadOnlyList<string>? SubEventTypes { get; init; }
    public string? Actor1 { get; init; }
    public IReadOnlyList<string> Actor1Names { get; init; } = [];
    public string? Actor2 { get; init; }
    public IReadOnlyList<string> Actor2Names { get; init; } = [];
    public string? Inter1 { get; init; }
    public string? Inter2 { get; init; }
    public string? Interaction { get; init; }
    /// <summary>Present-but-empty is a value: the gold says the event did not target civilians.</summary>
    public string? CivilianTargeting { get; init; }
    public string? Country { get; init; }
    public int? Iso { get; init; }
    public string? Admin1 { get; init; }
    public string? Location { get; init; }
    /// <summary>Null when the gold has no "location_names" key (matching then falls back to <see cref="Location"/>).</summary>
    public IReadOnlyList<string>? LocationNames { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public double WithinKm { get; init; } = 25;
    public int? TimePrecision { get; init; }
    public int? GeoPrecision { get; init; }
    public GoldNumber? Fatalities { get; init; }
    public GoldNumber? Wounded { get; init; }
    public double? CapturedMin { get; init; }
    public double? CapturedMax { get; init; }

    /// <summary>How notes name this event: its id, else its date (as score.py does).</summary>
    public string Label => Id ?? EventDate;
    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}

/// <summary>A number the gold states; <see cref="Value"/> is null when the gold wrote null.</summary>
public readonly record struct GoldNumber(double? Value);

/// <summary>Reads gold files strictly: anything the scorer would trip on is refused with a one-line reason.</summary>
public static class GoldFileReader
{
    public static GoldReadResult Read(string path)
    {
        string json;
        try
        {
            if (Directory.Exists(path)) return Fail(path, "is a folder, not a gold file");
            if (!File.Exists(path)) return Fail(path, "no such file");
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(path, $"cannot be read ({e.Message})");
        }
        return Parse(json, path, checkArticle: true);
    }

    /// <summary>Parses gold JSON; <paramref name="checkArticle"/> also requires the article file beside it.</summary>
    public static GoldReadResult Parse(string json, string path, bool checkArticle = false)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return Fail(path, $"not JSON (line {(e.LineNumber ?? 0) + 1}: {FirstLine(e.Message)})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail(path, "not a gold file: the top level must be an object");
            if (!root.TryGetProperty("article", out var art) || art.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(art.GetString()))
                return Fail(path, "no \"article\" (the name of the article file beside it)");
            string article = art.GetString()!;
            string articlePath = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".", article);
            if (checkArticle && !File.Exists(articlePath)) return Fail(path, $"article file '{article}' is missing");

            DateOnly? published = null;
            if (root.TryGetProperty("published", out var pub) && pub.ValueKind != JsonValueKind.Null)
            {
                if (pub.ValueKind != JsonValueKind.String) return Fail(path, "\"published\" must be a date as YYYY-MM-DD");
                var s = pub.GetString()!;
                if (s.Length > 0)
                {
                    if (!TryDate(s, out var d)) return Fail(path, $"\"published\" is not a date as YYYY-MM-DD: '{s}'");
                    published = d;
                }
            }
            if (!root.TryGetProperty("events", out var evs) || evs.ValueKind != JsonValueKind.Array)
                return Fail(path, "no \"events\" array (write \"events\": [] for a report with no codable event)");
            var events = new List<GoldEvent>();
            int i = 0;
            foreach (var e in evs.EnumerateArray())
            {
                i++;
                var (ev, err) = ReadEvent(e);
                if (err is not null)
                {
                    string which = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                        ? $"event {i} ('{id.GetString()}')" : $"event {i}";
                    return Fail(path, $"{which}: {err}");
                }
                events.Add(ev!);
            }
            return new GoldReadResult(new GoldFile(path, article, articlePath, published,
                Str(root, "lang"), Str(root, "url"), Str(root, "note"), events), null);
        }
    }

    private static (GoldEvent?, string?) ReadEvent(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return (null, "not an object");
        if (!e.TryGetProperty("event_date", out var date) || date.ValueKind != JsonValueKind.String)
            return (null, "no event_date");
        var ds = date.GetString()!;
        if (!TryDate(ds, out _)) return (null, $"event_date is not a date as YYYY-MM-DD: '{ds}'");

        string? err = null;
        double? Num(string key)
        {
            if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
            if (v.ValueKind == JsonValueKind.String && double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
            err ??= $"{key} is not a number";
            return null;
        }
        int? Int(string key) => Num(key) is { } d ? (int)d : null;
        GoldNumber? Stated(string key)
        {
            if (!e.TryGetProperty(key, out var v)) return null;
            if (v.ValueKind == JsonValueKind.Null) return new GoldNumber(null);
            return Num(key) is { } d ? new GoldNumber(d) : null;
        }
        IReadOnlyList<string>? List(string key, bool allowString)
        {
            if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind == JsonValueKind.String && allowString) return [v.GetString()!];
            if (v.ValueKind != JsonValueKind.Array) { err ??= $"{key} must be a list of strings"; return null; }
            var list = new List<string>();
            foreach (var x in v.EnumerateArray())
            {
                if (x.ValueKind != JsonValueKind.String) { err ??= $"{key} must be a list of strings"; return null; }
                list.Add(x.GetString()!);
            }
            return list;
        }
        string? Text(string key)
        {
            if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            if (v.ValueKind == JsonValueKind.Number) return v.GetRawText();
            err ??= $"{key} must be a string";
            return null;
        }

        bool hasLat = e.TryGetProperty("latitude", out _), hasLon = e.TryGetProperty("longitude", out _);
        if (hasLat && !hasLon) return (null, "latitude without longitude");
        if (hasLon && !hasLat) return (null, "longitude without latitude");
        bool hasCapMin = e.TryGetProperty("captured_min", out _), hasCapMax = e.TryGetProperty("captured_max", out _);
        if (hasCapMin != hasCapMax) return (null, "captured_min and captured_max go together");

        var ev = new GoldEvent
        {
            Id = Text("id"),
            EventDate = ds,
            Optional = e.TryGetProperty("optional", out var opt) && opt.ValueKind == JsonValueKind.True,
            DisorderType = Text("disorder_type"),
            EventType = Text("event_type"),
            SubEventTypes = List("sub_event_type", allowString: true),
            Actor1 = Text("actor1"),
            Actor1Names = List("actor1_names", false) ?? [],
            Actor2 = Text("actor2"),
            Actor2Names = List("actor2_names", false) ?? [],
            Inter1 = Text("inter1"),
            Inter2 = Text("inter2"),
            Interaction = Text("interaction"),
            CivilianTargeting = Text("civilian_targeting"),
            Country = Text("country"),
            Iso = Int("iso"),
            Admin1 = Text("admin1"),
            Location = Text("location"),
            LocationNames = List("location_names", false),
            Latitude = Num("latitude"),
            Longitude = Num("longitude"),
            WithinKm = Num("within_km") ?? 25,
            TimePrecision = Int("time_precision"),
            GeoPrecision = Int("geo_precision"),
            Fatalities = Stated("fatalities"),
            Wounded = Stated("wounded"),
            CapturedMin = Num("captured_min"),
            CapturedMax = Num("captured_max"),
        };
        if (err is null && hasLat && (ev.Latitude is null || ev.Longitude is null)) err = "latitude and longitude must both be numbers";
        if (err is null && hasCapMin && (ev.CapturedMin is null || ev.CapturedMax is null)) err = "captured_min and captured_max must be numbers";
        return err is null ? (ev, null) : (null, err);
    }

    internal static bool TryDate(string s, out DateOnly d) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);

    private static string? Str(JsonElement root, string key) =>
        root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The parser's reason on one line, without its own "Path: ... LineNumber: ..." tail.</summary>
    private static string FirstLine(string s)
    {
        int n = s.IndexOf(" Path: ", StringComparison.Ordinal);
        if (n < 0) n = s.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return string.Join(' ', (n < 0 ? s : s[..n]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static GoldReadResult Fail(string path, string what) => new(null, $"{path}: {what}.");
}
