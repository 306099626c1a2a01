using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// A place the assembler can use: a resolved gazetteer place, how precisely the event is tied to it (ACLED's
/// geo_precision: 1 the place itself, 2 near it, 3 only its region), and the span that says so.
/// </summary>
internal sealed record PlaceRef(TextSpan Span, Place? Place, string Name, int GeoPrecision, string Why)
{
    /// <summary>A place the text names but no gazetteer knows: it keeps its name and has no coordinates.</summary>
    public bool IsUnresolved => Place is null;
    public bool IsRegion => Place?.IsAdministrativeArea ?? false;

    /// <summary>Great-circle distance in km (haversine).</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        double p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
        double dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
        double h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * R * Math.Asin(Math.Sqrt(h));
    }

    private static bool SameName(string? a, string? b) =>
        !string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b) &&
        string.Compare(a, b, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) == 0;

    /// <summary>The same place for ACLED's purposes: the same id, within 10 km, or a region and a place inside it.</summary>
    public bool SameAs(PlaceRef other)
    {
        if (Place is null || other.Place is null) return SameName(Name, other.Name);
        if (Place.GeonameId == other.Place.GeonameId && Place.GeonameId != 0) return true;
        if (IsRegion != other.IsRegion)
        {
            var (region, town) = IsRegion ? (this, other) : (other, this);
            if (region.Place is null || town.Place is null) return false;
            if (region.Place.CountryCode != town.Place.CountryCode) return false;
            // A first-level area holds the towns whose admin1 it is; a second-level one those whose admin2 it is.
            return region.Place.FeatureCode.StartsWith("ADM1", StringComparison.Ordinal)
                ? SameName(region.Place.Name, town.Place.Admin1) || SameName(region.Place.Admin1, town.Place.Admin1) && region.Place.Admin2 is null or ""
                : SameName(region.Place.Name, town.Place.Admin2) || SameName(region.Place.Name, town.Place.Name);
        }
        return Km(Place.Latitude, Place.Longitude, other.Place.Latitude, other.Place.Longitude) <= 10;
    }
}
