using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// A place the assembler can use: a resolved gazetteer place, how precisely the event is tied to it (ACLED's
/// geo_precision: 1 the place itself, 2 near it, 3 only its region), and the span that says so.
/// </summary>
internal sealed record PlaceRef(TextSpan Span, Place? Place, string Name, int GeoPrecision, string Why, Place? Container = null)
{
    /// <summary>Where the coordinates and admin areas come from: the place itself, else the known place the text
    /// puts it in ("Sabga" in "the region's Sabga"), at ACLED's lower precision (2 near a town, 3 a region).</summary>
    public Place? Located => Place ?? Container;
    public int LocatedPrecision => Place is not null ? GeoPrecision : Container is null ? 0 : Container.IsAdministrativeArea ? 3 : 2;

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

    /// <summary><paramref name="inner"/> lies in the administrative area <paramref name="area"/>.</summary>
    private static bool Within(Place inner, Place area)
    {
        if (!area.IsAdministrativeArea || area.CountryCode != inner.CountryCode || inner.GeonameId == area.GeonameId) return inner.GeonameId == area.GeonameId;
        return area.FeatureCode.StartsWith("ADM1", StringComparison.Ordinal)
            ? SameName(area.Name, inner.Admin1) || SameName(area.Admin1, inner.Admin1) && string.IsNullOrEmpty(area.Admin2)
            : SameName(area.Name, inner.Admin2) || SameName(area.Admin2, inner.Admin2) && !string.IsNullOrEmpty(area.Admin2) && inner.FeatureClass != "A";
    }

    private static bool SameName(string? a, string? b) =>
        !string.IsNullOrEmpty(a) && !string.IsNullOrEmpty(b) &&
        string.Compare(a, b, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) == 0;

    /// <summary>The same place for ACLED's purposes: the same id, within 10 km, or a region and a place inside it.</summary>
    public bool SameAs(PlaceRef other)
    {
        // A village no gazetteer knows, told in a sentence after its region: the region holds it for grouping.
        if (Place is null && other.IsRegion || other.Place is null && IsRegion) return true;
        if (Place is null || other.Place is null) return SameName(Name, other.Name);
        if (Place.GeonameId == other.Place.GeonameId && Place.GeonameId != 0) return true;
        // An area and a place (or a smaller area) inside it are the same place for grouping.
        if (IsRegion || other.IsRegion)
            return Within(other.Place, Place) || Within(Place, other.Place);
        return Km(Place.Latitude, Place.Longitude, other.Place.Latitude, other.Place.Longitude) <= 10;
    }
}
