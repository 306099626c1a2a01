using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// A place the assembler can use: a resolved gazetteer place, how precisely the event is tied to it (ACLED's
/// geo_precision: 1 the place itself, 2 near it, 3 only its region), and the span that says so.
/// </summary>
internal sealed record PlaceRef(TextSpan Span, Place Place, int GeoPrecision, string Why)
{
    public bool IsRegion => Place.IsAdministrativeArea;

    /// <summary>Great-circle distance in km (haversine).</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0;
        double p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
        double dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
        double h = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * R * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>The same place for ACLED's purposes: the same id, within 10 km, or a region and a place inside it.</summary>
    public bool SameAs(PlaceRef other)
    {
        if (Place.GeonameId == other.Place.GeonameId && Place.GeonameId != 0) return true;
        if (IsRegion != other.IsRegion)
        {
            var (region, town) = IsRegion ? (this, other) : (other, this);
            return region.Place.CountryCode == town.Place.CountryCode &&
                   (string.Equals(region.Place.Admin1 ?? region.Place.Name, town.Place.Admin1, StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(region.Place.Name, town.Place.Admin2, StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(region.Place.Name, town.Place.Admin1, StringComparison.OrdinalIgnoreCase));
        }
        return Km(Place.Latitude, Place.Longitude, other.Place.Latitude, other.Place.Longitude) <= 10;
    }
}
