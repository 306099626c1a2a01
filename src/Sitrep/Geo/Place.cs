namespace Sitrep.Geo;

/// <summary>
/// A place as the gazetteer knows it (GeoNames' model). Admin1/Admin2 are names, not codes.
/// FeatureClass/FeatureCode are GeoNames' ("P"/"PPL", "A"/"ADM1", "S"/"MILB" ...).
/// </summary>
public sealed record Place(
    long GeonameId,
    string Name,
    string AsciiName,
    string FeatureClass,
    string FeatureCode,
    string CountryCode,
    string? Admin1,
    string? Admin2,
    double Latitude,
    double Longitude,
    long Population,
    string Source)
{
    public bool IsAdministrativeArea => FeatureClass == "A";
    public bool IsPopulatedPlace => FeatureClass == "P";
}

/// <summary>A country: ISO 3166 codes, the English name ACLED uses, other names and demonyms.</summary>
public sealed record Country(
    string Iso2,
    string Iso3,
    int IsoNumeric,
    string Name,
    IReadOnlyList<string> OtherNames,
    IReadOnlyList<string> Demonyms,
    string Region);
