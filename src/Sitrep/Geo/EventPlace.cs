using Sitrep.Output;

namespace Sitrep.Geo;

/// <summary>
/// The place fields of an event (country, iso, region, admin1, admin2, location, latitude, longitude,
/// geo_precision), filled consistently from the chosen place mention and/or country: admin names and the
/// country always come from the gazetteer place when there is one, so they never disagree with the
/// coordinates. With no place, only the country fields are filled and geo_precision is 0.
/// </summary>
public sealed record EventPlace(string Country, int? Iso, string Region, string Admin1, string Admin2, string Location,
    double? Latitude, double? Longitude, int GeoPrecision)
{
    public static readonly EventPlace Unknown = new("", null, "", "", "", "", null, null, 0);

    public static EventPlace From(PlaceMention? mention, Country? country, ICountryCatalog? catalog = null)
    {
        catalog ??= CountryCatalog.Default;
        var place = mention?.Place;
        if (place is null)
            return country is null ? Unknown
                : new EventPlace(country.Name, NullIfZero(country.IsoNumeric), country.Region, "", "", "", null, null, 0);
        var c = catalog.ByIso2(place.CountryCode) ?? country;
        bool isAdm1 = place.FeatureCode == "ADM1";
        return new EventPlace(
            c?.Name ?? "", c is null ? null : NullIfZero(c.IsoNumeric), c?.Region ?? "",
            place.Admin1 ?? (isAdm1 ? place.Name : ""),
            isAdm1 ? "" : place.Admin2 ?? "",
            place.Name,
            Math.Round(place.Latitude, 4), Math.Round(place.Longitude, 4),
            Math.Clamp(mention!.GeoPrecision, 1, 3));
    }

    private static int? NullIfZero(int n) => n == 0 ? null : n;

    /// <summary>The event with these place fields set.</summary>
    public EventRecord ApplyTo(EventRecord e) => e with
    {
        Country = Country, Iso = Iso, Region = Region, Admin1 = Admin1, Admin2 = Admin2, Location = Location,
        Latitude = Latitude, Longitude = Longitude, GeoPrecision = GeoPrecision,
    };
}
