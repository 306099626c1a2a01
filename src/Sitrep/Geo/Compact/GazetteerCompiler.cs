using Sitrep.Geo.GeoNames;

namespace Sitrep.Geo.Compact;

/// <summary>What went into a compiled gazetteer.</summary>
public sealed record CompileReport(int Places, int FromGeoNames, int FromSupplement, int AdminCentres, int Keys, long Bytes);

/// <summary>
/// Builds the bundled gazetteer: GeoNames places (cities500 or any place dump) with admin1/admin2 names, a
/// centre for every first- (and, given admin2 names, second-) level area so that region-only mentions can be
/// placed, and the team's supplement, whose rows get admin names from their nearest GeoNames neighbour.
/// </summary>
public static class GazetteerCompiler
{
    // Synthetic ids for places that are not GeoNames rows (GeoNames ids are below 20 million).
    private const int AdminCentreIdBase = 1_800_000_000;
    private const int SupplementIdBase = 1_900_000_000;

    /// <summary>Countries whose small places keep all their alternate spellings (the list and neighbours).</summary>
    private static readonly HashSet<string> FocusCountries = new(StringComparer.Ordinal)
    {
        "ML", "BF", "NE", "NG", "CM", "TD", "SD", "SS", "SO", "ET", "CD", "MZ", "SY", "YE", "MM",
        "CF", "LY", "IQ", "AF", "PK", "UA", "PS", "LB", "KE", "BI", "RW", "UG", "BJ", "TG", "MR", "DZ", "HT",
    };

    public static CompileReport Compile(string placesPath, string admin1Path, string? admin2Path, string? supplementPath, string outputPath)
    {
        var admin1 = ReadAdmin(admin1Path);
        var admin2 = admin2Path is null ? new Dictionary<string, GeoNamesAdminCode>() : ReadAdmin(admin2Path);
        var writer = new CompactGazetteerWriter();
        var byCountry = new Dictionary<string, List<Place>>();
        var centres = new Dictionary<string, (double Lat, double Lon, long Pop, int N, string Cc)>();
        // An area named after its seat is spelt in the text as the seat is ("Tillabery" for Tillabéri): the
        // seat's alternate names are the area's too.
        var seatAlternates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // The most populous place of each name within each first-level area: the stand-in centre of a
        // second-level area none of whose places carries its code (cities500 lacks admin2 codes for much of
        // Africa), when the area is named after it ('Montepuez District' -> Montepuez).
        var byAdmin1Name = new Dictionary<(string A1, string Key), GeoNamesPlace>();

        int fromGeoNames = 0;
        using (var reader = GeoNamesReader.Open(placesPath))
        {
            foreach (var row in GeoNamesReader.ReadPlaces(reader))
            {
                string a1 = row.CountryCode + "." + row.Admin1Code, a2 = a1 + "." + row.Admin2Code;
                var place = new Place(row.GeonameId, row.Name, row.AsciiName, row.FeatureClass, row.FeatureCode, row.CountryCode,
                    admin1.GetValueOrDefault(a1)?.Name, admin2.GetValueOrDefault(a2)?.Name,
                    row.Latitude, row.Longitude, row.Population, CompactFormat.Sources[CompactFormat.SourceCities]);
                // Alternate names cost a third of the file; keep them where they pay: towns of some size,
                // administrative seats, and every place in the countries conflict reporting covers most.
                bool alternates = row.Population >= 2000 || row.FeatureCode is "PPLC" or "PPLA" or "PPLA2"
                                  || FocusCountries.Contains(row.CountryCode);
                writer.Add(place, CompactFormat.SourceCities, alternates ? GeoNamesReader.UsableAlternates(row.AlternateNames) : []);
                fromGeoNames++;
                if (!byCountry.TryGetValue(row.CountryCode, out var list)) byCountry[row.CountryCode] = list = new();
                list.Add(place);
                if (row.FeatureCode is "PPLA" or "PPLA2" or "PPLC" && row.AlternateNames.Length > 0)
                {
                    string seatOf = row.FeatureCode == "PPLA2" ? a2 : a1;
                    var area = row.FeatureCode == "PPLA2" ? admin2.GetValueOrDefault(a2) : admin1.GetValueOrDefault(a1);
                    if (area is not null && AreaNameVariants(area.Name).Append(area.Name).Any(v => NameKey.Of(v) == NameKey.Of(row.Name)))
                        seatAlternates[seatOf] = GeoNamesReader.UsableAlternates(row.AlternateNames).ToList();
                }
                if (row.Admin1Code.Length > 0)
                    foreach (var k in new[] { NameKey.Of(row.Name), NameKey.Of(row.AsciiName) })
                        if (!byAdmin1Name.TryGetValue((a1, k), out var had) || had.Population < row.Population) byAdmin1Name[(a1, k)] = row;
                if (row.Admin1Code.Length > 0) Accumulate(centres, a1, row);
                if (row.Admin2Code.Length > 0 && admin2.ContainsKey(a2)) Accumulate(centres, a2, row);
            }
        }

        foreach (var (code, entry) in admin2)
        {
            if (centres.ContainsKey(code)) continue;
            string a1Code = code[..code.LastIndexOf('.')];
            var seat = AreaNameVariants(entry.Name).Append(entry.Name).Concat(AreaNameVariants(entry.AsciiName))
                .Select(v => byAdmin1Name.GetValueOrDefault((a1Code, NameKey.Of(v)))).FirstOrDefault(r => r is not null);
            if (seat is not null) Accumulate(centres, code, seat);
        }

        // Area centres: the mean position of the area's GeoNames places, a stand-in for a centroid that
        // needs no polygons; good to ACLED's precision 3 ("the region's centre").
        int centresAdded = 0, synthetic = 0;
        foreach (var (code, c) in centres.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            bool isAdm2 = code.Count(ch => ch == '.') == 2;
            var entry = isAdm2 ? admin2[code] : admin1.GetValueOrDefault(code);
            if (entry is null) continue;
            string? a1Name = isAdm2 ? admin1.GetValueOrDefault(code[..code.LastIndexOf('.')])?.Name : entry.Name;
            int id = entry.GeonameId > 0 ? entry.GeonameId : AdminCentreIdBase + ++synthetic;
            var place = new Place(id, entry.Name, entry.AsciiName, "A", isAdm2 ? "ADM2" : "ADM1", c.Cc,
                a1Name, isAdm2 ? entry.Name : null, c.Lat / c.N, c.Lon / c.N, c.Pop, CompactFormat.Sources[CompactFormat.SourceAdminCentre]);
            writer.Add(place, CompactFormat.SourceAdminCentre, AreaNameVariants(entry.Name).Concat(AreaNameVariants(entry.AsciiName))
                .Concat(seatAlternates.GetValueOrDefault(code) ?? []).Distinct());
            centresAdded++;
        }

        int fromSupplement = 0;
        if (supplementPath is not null)
        {
            using var reader = new StreamReader(supplementPath);
            int n = 0;
            foreach (var row in SupplementRow.Read(reader, Path.GetFileName(supplementPath)))
            {
                n++;
                var near = Nearest(byCountry.GetValueOrDefault(row.Country), row.Latitude, row.Longitude);
                // The team writes admin1 as it likes ("Tillaberi"); the gazetteer's own spelling ("Tillabéri") wins.
                string? a1 = row.Admin1 is null ? null
                    : admin1.Values.FirstOrDefault(a => a.Code.StartsWith(row.Country + ".", StringComparison.Ordinal)
                        && (NameKey.Of(a.Name) == NameKey.Of(row.Admin1) || NameKey.Of(a.AsciiName) == NameKey.Of(row.Admin1)))?.Name
                      ?? throw new FormatException($"{Path.GetFileName(supplementPath)}: '{row.Name}': no admin1 '{row.Admin1}' in {row.Country}.");
                var place = new Place(SupplementIdBase + n, row.Name, NameKey.Of(row.Name) == row.Name.ToLowerInvariant() ? row.Name : Ascii(row.Name),
                    row.FeatureClass, row.FeatureCode, row.Country, a1 ?? near?.Admin1,
                    row.FeatureCode == "ADM2" ? row.Name : a1 is null || a1 == near?.Admin1 ? near?.Admin2 : null, // a district row is its own admin2
                    row.Latitude, row.Longitude, 0, CompactFormat.Sources[CompactFormat.SourceSupplement]);
                writer.Add(place, CompactFormat.SourceSupplement, row.OtherNames);
                fromSupplement++;
            }
        }

        var tmp = outputPath + ".tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var output = new FileStream(tmp, FileMode.Create, FileAccess.Write))
            writer.Write(output);
        File.Move(tmp, outputPath, overwrite: true); // never leave a half-written gazetteer in place
        var gaz = CompactGazetteer.Open(outputPath);
        return new CompileReport(gaz.PlaceCount, fromGeoNames, fromSupplement, centresAdded, gaz.KeyCount, gaz.SizeBytes);
    }

    private static void Accumulate(Dictionary<string, (double, double, long, int, string)> centres, string code, GeoNamesPlace row)
    {
        var (lat, lon, pop, n, _) = centres.GetValueOrDefault(code, (0, 0, 0, 0, row.CountryCode));
        centres[code] = (lat + row.Latitude, lon + row.Longitude, pop + row.Population, n + 1, row.CountryCode);
    }

    private static Dictionary<string, GeoNamesAdminCode> ReadAdmin(string path)
    {
        using var reader = GeoNamesReader.Open(path);
        var map = new Dictionary<string, GeoNamesAdminCode>(StringComparer.Ordinal);
        // ACLED writes admin areas without diacritics ("Tillaberi", "N'Djamena"): the ASCII column is the name.
        foreach (var a in GeoNamesReader.ReadAdminCodes(reader)) map[a.Code] = a with { Name = a.AsciiName };
        return map;
    }

    /// <summary>Ways text names an area besides its gazetteer name: without "State", "Region", "Province",
    /// "Governorate", "Cercle"; "North" for "Northern".</summary>
    internal static IEnumerable<string> AreaNameVariants(string name)
    {
        string[] suffixes = [" State", " Region", " Province", " Governorate", " Department", " Cercle", " District", " Prefecture", " Division", " Zone", " County", " Agency"];
        string[] prefixes = ["Cercle de ", "Cercle d'", "Province du ", "Province de la ", "Province de ", "Région de ", "Region de ", "Muhafazat ", "State of ", "Département de ", "Département d'",
                             "Circunscrição de ", "Circunscricao de ", "Distrito de ", "Préfecture de ", "Prefecture de "];
        var n = name;
        foreach (var s in suffixes) if (n.EndsWith(s, StringComparison.OrdinalIgnoreCase)) { n = n[..^s.Length]; break; }
        foreach (var p in prefixes) if (n.StartsWith(p, StringComparison.OrdinalIgnoreCase)) { n = n[p.Length..]; break; }
        if (n != name) yield return n;
        // Compass areas: "North-West" is also written "Northwest" (and "North West", which the name key folds alike).
        foreach (var c in new[] { "North-", "South-" })
            if (n.StartsWith(c, StringComparison.OrdinalIgnoreCase) && n.Length > c.Length && char.IsLetter(n[c.Length]) && !n[c.Length..].Contains(' '))
                yield return n[..(c.Length - 1)] + n[c.Length..].ToLowerInvariant();
        foreach (var (from, to) in new[] { ("Northern ", "North "), ("Southern ", "South "), ("Western ", "West "), ("Eastern ", "East "), ("Central ", "Central ") })
            if (n.StartsWith(from, StringComparison.Ordinal) && from != to) yield return to + n[from.Length..];
    }

    private static Place? Nearest(List<Place>? places, double lat, double lon)
    {
        if (places is null) return null;
        Place? best = null;
        double bestD = double.MaxValue;
        foreach (var p in places)
        {
            double d = Distance.Km(lat, lon, p.Latitude, p.Longitude);
            if (d < bestD) { bestD = d; best = p; }
        }
        return best;
    }

    private static string Ascii(string s)
    {
        var chars = s.Select(c => c < 128 ? c : NameKey.FoldChar(c) is var f && f != '\0' && f != ' ' ? f : c).ToArray();
        return new string(chars);
    }
}

/// <summary>Great-circle distance.</summary>
public static class Distance
{
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0088;
        double dLat = (lat2 - lat1) * Math.PI / 180, dLon = (lon2 - lon1) * Math.PI / 180;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                   + Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
