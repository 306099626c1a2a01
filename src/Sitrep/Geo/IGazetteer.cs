namespace Sitrep.Geo;

/// <summary>
/// Looks places up by name. Implementations are immutable after loading and thread-safe for reads.
/// </summary>
public interface IGazetteer
{
    /// <summary>Every place whose name or alternate name equals <paramref name="name"/> (case- and
    /// accent-insensitive), optionally restricted to one country (ISO 3166-1 alpha-2).</summary>
    IReadOnlyList<Place> Lookup(string name, string? countryIso2 = null);

    /// <summary>True when some place has this name; cheap, for scanning text.</summary>
    bool IsKnownName(ReadOnlySpan<char> name);

    /// <summary>The name of the place's first-level administrative area centre etc. may be added later.</summary>
    string Version { get; }
}

/// <summary>Countries by code, name or demonym ("Malian" → Mali).</summary>
public interface ICountryCatalog
{
    Country? ByIso2(string iso2);
    /// <summary>A country named or described by this word or phrase: a name ("Mali", "DR Congo") or a
    /// demonym ("Malian", "Burkinabe").</summary>
    Country? ByNameOrDemonym(string text);
    IReadOnlyList<Country> All { get; }
}
