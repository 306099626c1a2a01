using System.Globalization;

namespace Sitrep.Geo;

/// <summary>
/// One row of data/geo/supplement.tsv: a place where conflict events happen that cities500 lacks (a base,
/// camp, village, border post, mine, market), with the source of its coordinates. Columns:
/// name, other_names ('|'-separated), feature_code (GeoNames codes: MILB, CMPRF, PPL, PSTB, MN, MKT, AIRP…),
/// country (ISO2), admin1 (name; empty: taken from the nearest GeoNames place), latitude, longitude, source.
/// </summary>
public sealed record SupplementRow(string Name, IReadOnlyList<string> OtherNames, string FeatureCode, string Country,
    string? Admin1, double Latitude, double Longitude, string Source)
{
    /// <summary>GeoNames' feature class for a code: P for populated places, A for areas, H water, S (spots) otherwise.</summary>
    public string FeatureClass => FeatureCode.StartsWith("PPL", StringComparison.Ordinal) ? "P"
        : FeatureCode.StartsWith("ADM", StringComparison.Ordinal) ? "A"
        : FeatureCode is "STM" or "LK" or "RSV" ? "H"
        : "S";

    public static IEnumerable<SupplementRow> Read(TextReader reader, string fileName = "supplement.tsv")
    {
        string? line = reader.ReadLine();
        if (line is null || !line.StartsWith("name\t", StringComparison.Ordinal))
            throw new FormatException($"{fileName}: the first line must be the header 'name\\tother_names\\tfeature_code\\tcountry\\tadmin1\\tlatitude\\tlongitude\\tsource'.");
        int lineNo = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 8)
                throw new FormatException($"{fileName} line {lineNo}: expected 8 tab-separated columns, found {f.Length}.");
            if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) || lat is < -90 or > 90
                || !double.TryParse(f[6], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) || lon is < -180 or > 180)
                throw new FormatException($"{fileName} line {lineNo}: latitude/longitude must be decimal degrees.");
            if (f[3].Length != 2) throw new FormatException($"{fileName} line {lineNo}: country must be an ISO 3166-1 alpha-2 code.");
            if (f[7].Trim().Length == 0) throw new FormatException($"{fileName} line {lineNo}: every row must name the source of its coordinates.");
            yield return new SupplementRow(f[0].Trim(), f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                f[2].Trim(), f[3].Trim().ToUpperInvariant(), f[4].Trim().Length > 0 ? f[4].Trim() : null, lat, lon, f[7].Trim());
        }
    }
}
