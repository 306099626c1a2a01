namespace Sitrep.Geo;

/// <summary>
/// Several gazetteers as one, in order of precedence: the user's imported gazetteer first, the bundled
/// one after. A place known to an earlier gazetteer (same GeoNames id) hides the later one's copy.
/// </summary>
public sealed class CompositeGazetteer : IGazetteer
{
    private readonly IGazetteer[] _parts;

    public CompositeGazetteer(params IGazetteer[] parts)
    {
        if (parts.Length == 0) throw new ArgumentException("A composite gazetteer needs at least one part.");
        _parts = parts;
        Version = string.Join(" + ", parts.Select(p => p.Version));
    }

    public string Version { get; }
    public IReadOnlyList<IGazetteer> Parts => _parts;

    public IReadOnlyList<Place> Lookup(string name, string? countryIso2 = null)
    {
        if (_parts.Length == 1) return _parts[0].Lookup(name, countryIso2);
        var seen = new HashSet<long>();
        var result = new List<Place>();
        foreach (var part in _parts)
            foreach (var p in part.Lookup(name, countryIso2))
                if (seen.Add(p.GeonameId)) result.Add(p);
        return result;
    }

    public bool IsKnownName(ReadOnlySpan<char> name)
    {
        foreach (var part in _parts) if (part.IsKnownName(name)) return true;
        return false;
    }
}

/// <summary>An empty gazetteer: where no bundled file was built and nothing was imported, places stay unknown.</summary>
public sealed class EmptyGazetteer : IGazetteer
{
    public static readonly EmptyGazetteer Instance = new();
    public IReadOnlyList<Place> Lookup(string name, string? countryIso2 = null) => Array.Empty<Place>();
    public bool IsKnownName(ReadOnlySpan<char> name) => false;
    public string Version => "none";
}

/// <summary>The gazetteer Sitrep uses by default: the user's imported one (if any) over the bundled one.</summary>
public static class Gazetteers
{
    public static IGazetteer Default(string? dbPath = null)
    {
        dbPath ??= Store.GazetteerStore.DefaultDatabasePath();
        var parts = new List<IGazetteer>();
        if (Store.GazetteerStore.HasPlaces(dbPath)) parts.Add(new Store.SqliteGazetteer(dbPath));
        if (BundledGazetteer.Default is { } bundled) parts.Add(bundled);
        return parts.Count switch { 0 => EmptyGazetteer.Instance, 1 => parts[0], _ => new CompositeGazetteer(parts.ToArray()) };
    }
}
