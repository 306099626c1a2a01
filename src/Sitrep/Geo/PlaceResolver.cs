using System.Globalization;
using System.Text;

namespace Sitrep.Geo;

/// <summary>What the text says about the kind of place a name stands for.</summary>
public enum PlaceCue { None, Area1, Area2, Populated, Site }

/// <summary>A candidate place with its score and the reasons for it.</summary>
public sealed record RankedPlace(Place Place, double Score, string Why);

/// <summary>
/// The context a name is resolved in: the article's countries with weights (dateline, names, demonyms),
/// the cue around the name, and the places already resolved with confidence (anchors).
/// </summary>
public sealed class ResolutionContext
{
    public Dictionary<string, double> Countries { get; } = new(StringComparer.OrdinalIgnoreCase);
    public PlaceCue Cue { get; init; }
    public string? CueWord { get; init; }
    public string[] SiteCodes { get; init; } = [];
    public List<(string Key, Place Place)> Anchors { get; } = new();
    public static ResolutionContext Empty => new();
}

/// <summary>
/// Ranks the gazetteer's candidates for a name. Each consideration adds to a score and to the reasons:
/// the article's countries, the cue words, feature class and population, and distance to the article's
/// other places. The weights are hand-set and checked against the places test set
/// (tests/Sitrep.Tests/Geo/data/places.tsv).
/// </summary>
public static class PlaceResolver
{
    public static IReadOnlyList<RankedPlace> Rank(IReadOnlyList<Place> candidates, string nameKey, ResolutionContext ctx) =>
        Rank(candidates, nameKey, ctx, explain: true);

    /// <summary>With <paramref name="explain"/> false the scores and order are the same but every Why is empty and no
    /// reason is formatted (the recognizer explains only the place it keeps; each candidate is scored on its own,
    /// so ranking that one alone gives its reasons).</summary>
    internal static IReadOnlyList<RankedPlace> Rank(IReadOnlyList<Place> candidates, string nameKey, ResolutionContext ctx, bool explain)
    {
        var ranked = new List<RankedPlace>(candidates.Count);
        // Every Rank sets it: only the reasons formatted inside this call read it.
        Reason.Quiet = !explain;
        foreach (var p in candidates.Take(400))
        {
            var why = explain ? new StringBuilder() : null;
            double s = 0;
            void Add(double v, Reason reason)
            {
                var text = reason.ToStringAndClear();
                if (v == 0) return;
                s += v;
                if (why is null) return;
                if (why.Length > 0) why.Append("; ");
                why.Append(v.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)).Append(' ').Append(text);
            }

            // Population: a large town is the likelier referent of a shared name.
            if (p.Population > 0) Add(Math.Round(0.4 * Math.Log10(p.Population + 1), 1), $"population {p.Population:N0}");

            bool adm1 = p.FeatureCode == "ADM1", adm2 = p.FeatureCode == "ADM2";
            switch (p.FeatureCode)
            {
                case "PPLC": Add(1.5, "national capital"); break;
                case "PPLA": Add(1.0, "regional capital"); break;
                case "PPLA2": Add(0.5, "district capital"); break;
            }
            if (p.FeatureClass == "H") Add(-1.5, "a water feature");
            if (IsAlternateOnly(p, nameKey)) Add(-1.0, "matched only by an alternate name");
            if (p.Source == "sitrep:supplement") Add(0.5, "in the conflict-places supplement");
            if (!p.Source.StartsWith("geonames:cities500", StringComparison.Ordinal) && !p.Source.StartsWith("sitrep:", StringComparison.Ordinal)
                && !p.Source.StartsWith("geonames:admin", StringComparison.Ordinal))
                Add(0.3, "from the user's gazetteer");

            switch (ctx.Cue)
            {
                case PlaceCue.Area1:
                    if (adm1) Add(4, $"cue '{ctx.CueWord}' names a first-level area");
                    else if (adm2) Add(2, $"cue '{ctx.CueWord}' names an area");
                    else Add(-1, $"cue '{ctx.CueWord}' names an area, not a town");
                    break;
                case PlaceCue.Area2:
                    if (adm2) Add(4, $"cue '{ctx.CueWord}' names a second-level area");
                    else if (adm1) Add(1, $"cue '{ctx.CueWord}' names an area");
                    else Add(-0.5, $"cue '{ctx.CueWord}' names an area, not a town");
                    break;
                case PlaceCue.Populated:
                    if (p.FeatureClass == "P") Add(1.5, $"cue '{ctx.CueWord}' names a populated place");
                    else if (p.FeatureClass == "A") Add(-2, $"cue '{ctx.CueWord}' names a populated place, not an area");
                    break;
                case PlaceCue.Site:
                    if (ctx.SiteCodes.Contains(p.FeatureCode)) Add(3, $"cue '{ctx.CueWord}' matches {p.FeatureCode}");
                    else if (p.FeatureClass == "P") Add(0.5, $"cue '{ctx.CueWord}': a site in a town");
                    else if (p.FeatureClass == "A") Add(-1.5, $"cue '{ctx.CueWord}' names a site, not an area");
                    break;
                default:
                    if (adm1) Add(-0.3, "an area named without 'region'");
                    else if (adm2) Add(-0.8, "a district named without 'district'");
                    else if (p.FeatureClass == "S" && p.Source != "sitrep:supplement") Add(-0.3, "a site named without a cue");
                    break;
            }

            if (ctx.Countries.Count > 0)
            {
                if (ctx.Countries.TryGetValue(p.CountryCode, out double w))
                    Add(Math.Round(2 + 0.5 * Math.Min(w, 4), 1), $"in {p.CountryCode}, a country of the article");
                else
                    Add(-1.5, $"{p.CountryCode} is not among the article's countries");
            }

            if (ctx.Anchors.Count > 0)
            {
                double best = double.MaxValue;
                string? near = null;
                foreach (var (key, a) in ctx.Anchors)
                {
                    if (key == nameKey || a.GeonameId == p.GeonameId) continue;
                    double d = Compact.Distance.Km(p.Latitude, p.Longitude, a.Latitude, a.Longitude);
                    if (d < best) { best = d; near = a.Name; }
                }
                if (near is not null)
                {
                    if (best < 60) Add(2, $"{best:0} km from {near}, named in the article");
                    else if (best < 150) Add(1.5, $"{best:0} km from {near}");
                    else if (best < 400) Add(0.8, $"{best:0} km from {near}");
                    else if (best > 1500) Add(-0.8, $"{best:0} km from the article's other places");
                }
            }
            ranked.Add(new RankedPlace(p, Math.Round(s, 2), why?.ToString() ?? ""));
        }
        // Stable order for ties: score, then population, then id.
        ranked.Sort((a, b) =>
        {
            int c = b.Score.CompareTo(a.Score);
            if (c != 0) return c;
            c = b.Place.Population.CompareTo(a.Place.Population);
            return c != 0 ? c : a.Place.GeonameId.CompareTo(b.Place.GeonameId);
        });
        return ranked;
    }

    /// <summary>True when the name matched none of the place's own names, only one of its alternates
    /// (foreign-language or historic spellings are where most false matches come from).</summary>
    public static bool IsAlternateOnly(Place p, string nameKey) =>
        !NameKey.IsKeyOf(p.Name, nameKey) && !NameKey.IsKeyOf(p.AsciiName, nameKey);

    /// <summary>The ranking `sitrep gazetteer lookup` shows: no article context, only the name and country.</summary>
    public static IReadOnlyList<RankedPlace> RankForLookup(IGazetteer gazetteer, string name, string? countryIso2)
    {
        var ctx = new ResolutionContext();
        if (countryIso2 is not null) ctx.Countries[countryIso2] = 1;
        return Rank(gazetteer.Lookup(name, countryIso2), NameKey.Of(name), ctx);
    }
}

/// <summary>
/// A reason's text, formatted only when reasons are wanted: the ranking scores hundreds of candidates per name
/// and the recognizer reads the reasons of one. Interpolated at the call sites like a string (and converts from
/// one); <see cref="Quiet"/> (per thread, set by <see cref="PlaceResolver.Rank(IReadOnlyList{Place}, string, ResolutionContext, bool)"/>)
/// turns the formatting off.
/// </summary>
[System.Runtime.CompilerServices.InterpolatedStringHandler]
internal ref struct Reason
{
    [ThreadStatic] internal static bool Quiet;
    private System.Runtime.CompilerServices.DefaultInterpolatedStringHandler _inner;
    private readonly bool _on;
    private string? _text;

    public Reason(int literalLength, int formattedCount, out bool enabled)
    {
        enabled = _on = !Quiet;
        _inner = enabled ? new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
        _text = null;
    }

    public static implicit operator Reason(string text) => new() { _text = text };

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);
    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);
    public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

    public string ToStringAndClear() => _text ?? (_on ? _inner.ToStringAndClear() : "");
}
