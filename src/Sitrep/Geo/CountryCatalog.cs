using System.Reflection;

namespace Sitrep.Geo;

/// <summary>
/// Every ISO 3166-1 country (and Kosovo) with ACLED's English name, other names and demonyms, read from
/// the embedded data/geo/countries.tsv. Lookups go through <see cref="NameKey"/>, so they ignore case,
/// accents, apostrophes and periods. Where two countries share a word ("Congolese"), the first row in the
/// file wins (the file is sorted by ISO code, so DR Congo before Republic of Congo). Immutable, thread-safe.
/// </summary>
public sealed class CountryCatalog : ICountryCatalog
{
    public const string ResourceName = "sitrep/geo/countries.tsv";

    private static readonly Lazy<CountryCatalog> _default = new(() => Load(OpenResource()));
    /// <summary>The catalog shipped with Sitrep, loaded on first use.</summary>
    public static CountryCatalog Default => _default.Value;

    private readonly Dictionary<string, Country> _byIso2;
    private readonly Dictionary<string, Country> _byIso3;
    private readonly Dictionary<int, Country> _byNumeric;
    private readonly Dictionary<string, Country> _byName;     // names and other names
    private readonly Dictionary<string, Country> _byDemonym;
    private readonly Country[] _all;

    private CountryCatalog(Country[] all)
    {
        _all = all;
        _byIso2 = new(StringComparer.OrdinalIgnoreCase);
        _byIso3 = new(StringComparer.OrdinalIgnoreCase);
        _byNumeric = new();
        _byName = new(StringComparer.Ordinal);
        _byDemonym = new(StringComparer.Ordinal);
        foreach (var c in all)
        {
            _byIso2.TryAdd(c.Iso2, c);
            _byIso3.TryAdd(c.Iso3, c);
            if (c.IsoNumeric != 0) _byNumeric.TryAdd(c.IsoNumeric, c);
        }
        // Official names first, so that an other-name of one country never hides another's own name.
        foreach (var c in all) AddKey(_byName, c.Name, c);
        foreach (var c in all) foreach (var n in c.OtherNames) AddKey(_byName, n, c);
        foreach (var c in all) foreach (var d in c.Demonyms) AddKey(_byDemonym, d, c);
    }

    private static void AddKey(Dictionary<string, Country> map, string text, Country c)
    {
        var key = NameKey.Of(text);
        if (key.Length == 0) return;
        map.TryAdd(key, c);
        // "the Gambia", "The Bahamas": the article is optional.
        if (key.StartsWith("the ", StringComparison.Ordinal)) map.TryAdd(key[4..], c);
    }

    public IReadOnlyList<Country> All => _all;

    public Country? ByIso2(string iso2) => _byIso2.GetValueOrDefault(iso2);
    public Country? ByIso3(string iso3) => _byIso3.GetValueOrDefault(iso3);
    public Country? ByNumeric(int isoNumeric) => _byNumeric.GetValueOrDefault(isoNumeric);

    /// <summary>A country named by this text ("Mali", "DR Congo", "Côte d'Ivoire"); demonyms excluded.</summary>
    public Country? ByName(ReadOnlySpan<char> text)
    {
        var key = NameKey.Of(text);
        return _byName.GetValueOrDefault(key) ?? (key.StartsWith("the ", StringComparison.Ordinal) ? _byName.GetValueOrDefault(key[4..]) : null);
    }

    /// <summary>A country whose people this word names ("Malian", "Burkinabè").</summary>
    public Country? ByDemonym(ReadOnlySpan<char> text) => _byDemonym.GetValueOrDefault(NameKey.Of(text));

    public Country? ByNameOrDemonym(string text)
    {
        var key = NameKey.Of(text);
        if (key.Length == 0) return null;
        if (_byName.TryGetValue(key, out var c) || _byDemonym.TryGetValue(key, out c)) return c;
        if (key.StartsWith("the ", StringComparison.Ordinal) && _byName.TryGetValue(key[4..], out c)) return c;
        // Possessive: "Mali's army".
        if (key.EndsWith(" s", StringComparison.Ordinal) || key.EndsWith('s') && text.EndsWith("'s", StringComparison.Ordinal))
        {
            var stem = NameKey.Of(text.AsSpan(0, text.Length - 2));
            if (_byName.TryGetValue(stem, out c)) return c;
        }
        return null;
    }

    /// <summary>True when the key (see <see cref="NameKey"/>) is a country name or demonym.</summary>
    internal bool IsCountryWordKey(string key) => _byName.ContainsKey(key) || _byDemonym.ContainsKey(key);
    internal Country? ByNameKey(string key) => _byName.GetValueOrDefault(key);
    internal Country? ByDemonymKey(string key) => _byDemonym.GetValueOrDefault(key);

    /// <summary>Reads a countries.tsv (header line, seven tab-separated columns, lists '|'-separated).</summary>
    public static CountryCatalog Load(TextReader reader)
    {
        var list = new List<Country>();
        string? line = reader.ReadLine();
        if (line is null || !line.StartsWith("iso2\t", StringComparison.Ordinal))
            throw new FormatException("countries.tsv: the first line must be the header 'iso2\\tiso3\\t...'.");
        int lineNo = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 7 || !int.TryParse(f[2], out int numeric))
                throw new FormatException($"countries.tsv line {lineNo}: expected 7 tab-separated columns with a numeric code.");
            list.Add(new Country(f[0], f[1], numeric, f[3], Split(f[4]), Split(f[5]), f[6]));
        }
        return new CountryCatalog(list.ToArray());
    }

    private static string[] Split(string s) => s.Length == 0 ? [] : s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static TextReader OpenResource()
    {
        var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(CountryCatalog).Assembly.GetName().Name}.");
        return new StreamReader(stream);
    }
}
