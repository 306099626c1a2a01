namespace Sitrep.Geo;

/// <summary>What kind of word or phrase a place-words entry is (data/geo/place-words.tsv).</summary>
public enum PlaceWordKind { Skip, Title, Given, Org, OrgHead, CueArea1, CueArea2, CuePopulated, CueSite, CueNear, CueWater }

/// <summary>
/// The place recognizer's vocabulary, read from the embedded data/geo/place-words.tsv and keyed by
/// <see cref="NameKey"/>. Immutable, thread-safe.
/// </summary>
public sealed class PlaceWords
{
    public const string ResourceName = "sitrep/geo/place-words.tsv";
    private static readonly Lazy<PlaceWords> _default = new(() =>
    {
        using var s = typeof(PlaceWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        return Load(new StreamReader(s));
    });
    public static PlaceWords Default => _default.Value;

    private readonly Dictionary<(string, PlaceWordKind), string> _entries = new();
    /// <summary>The longest phrase in words, so scanners know how far to look.</summary>
    public int MaxWords { get; private set; } = 1;

    // The kinds of each key as bits: Is() is asked for every word and phrase the scanner looks at, several kinds
    // of the same phrase in a row, and a string key hashes faster alone than inside a tuple.
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);

    public bool Is(string key, PlaceWordKind kind) => key is not null && _kinds.TryGetValue(key, out var bits) && (bits & (1 << (int)kind)) != 0;
    public string? Value(string key, PlaceWordKind kind) => _entries.TryGetValue((key, kind), out var v) ? v : null;

    public static PlaceWords Load(TextReader reader)
    {
        var w = new PlaceWords();
        string? line;
        int lineNo = 0;
        bool header = false;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (!header) { header = true; continue; }
            var f = line.Split('\t');
            if (f.Length < 2) throw new FormatException($"place-words.tsv line {lineNo}: expected phrase<TAB>kind[<TAB>value].");
            var kind = f[1] switch
            {
                "skip" => PlaceWordKind.Skip, "title" => PlaceWordKind.Title, "given" => PlaceWordKind.Given,
                "org" => PlaceWordKind.Org, "orghead" => PlaceWordKind.OrgHead, "cue-area1" => PlaceWordKind.CueArea1,
                "cue-area2" => PlaceWordKind.CueArea2, "cue-populated" => PlaceWordKind.CuePopulated,
                "cue-site" => PlaceWordKind.CueSite, "cue-near" => PlaceWordKind.CueNear, "cue-water" => PlaceWordKind.CueWater,
                _ => throw new FormatException($"place-words.tsv line {lineNo}: unknown kind '{f[1]}'."),
            };
            var key = NameKey.Of(f[0]);
            if (key.Length == 0) continue;
            // Skip words are matched case-sensitively in spirit: "US" and "us" fold alike, so keep the
            // original for the all-caps acronyms by storing both; lookups fold anyway.
            w._entries[(key, kind)] = f.Length > 2 ? f[2] : "";
            w._kinds[key] = w._kinds.GetValueOrDefault(key) | 1 << (int)kind;
            w.MaxWords = Math.Max(w.MaxWords, key.Count(c => c == ' ') + 1);
        }
        return w;
    }
}
