using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Geo.GeoNames;

/// <summary>The kinds of file GeoNames publishes that Sitrep reads.</summary>
public enum GeoNamesFileKind { Places, Admin1Codes, Admin2Codes, CountryInfo, AlternateNames }

/// <summary>One row of a GeoNames place dump (allCountries, a country file, citiesN): the 19 columns
/// GeoNames documents, of which these are the ones Sitrep keeps.</summary>
public sealed record GeoNamesPlace(
    int GeonameId, string Name, string AsciiName, string AlternateNames, double Latitude, double Longitude,
    string FeatureClass, string FeatureCode, string CountryCode, string Admin1Code, string Admin2Code, long Population);

/// <summary>A row of admin1CodesASCII.txt / admin2Codes.txt: "ML.06" or "ML.06.1234567" → name.</summary>
public sealed record GeoNamesAdminCode(string Code, string Name, string AsciiName, int GeonameId);

/// <summary>A row of countryInfo.txt (the columns Sitrep uses).</summary>
public sealed record GeoNamesCountry(string Iso2, string Iso3, int IsoNumeric, string Name, int GeonameId);

/// <summary>A row of alternateNamesV2.txt (or alternateNames.txt): one name of one place.</summary>
public sealed record GeoNamesAlternateName(int GeonameId, string Language, string Name, bool IsHistoric);

/// <summary>
/// Streams GeoNames' tab-separated files (plain or zipped) row by row, so a 1.5 GB allCountries.txt never
/// has to fit in memory. Malformed rows are counted and skipped, never fatal: GeoNames dumps are large and a
/// single bad line should not cost the user the rest of an import.
/// </summary>
public static class GeoNamesReader
{
    /// <summary>What kind of file this is, from its name (GeoNames' own file names).</summary>
    public static GeoNamesFileKind KindOf(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.StartsWith("admin1codes")) return GeoNamesFileKind.Admin1Codes;
        if (name.StartsWith("admin2codes")) return GeoNamesFileKind.Admin2Codes;
        if (name.StartsWith("countryinfo")) return GeoNamesFileKind.CountryInfo;
        if (name.StartsWith("alternatenames")) return GeoNamesFileKind.AlternateNames;
        return GeoNamesFileKind.Places;
    }

    /// <summary>Opens a .txt or a .zip (its first entry that is not a readme) for reading as UTF-8.
    /// The returned reader owns the file.</summary>
    public static TextReader Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            return new StreamReader(file, System.Text.Encoding.UTF8, false, 1 << 16);
        var zip = new ZipArchive(file, ZipArchiveMode.Read);
        var entry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                                                    && !e.Name.StartsWith("readme", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"{Path.GetFileName(path)} holds no .txt file.");
        return new ZipEntryReader(zip, entry.Open());
    }

    /// <summary>The uncompressed size of a file (for progress): the file's size, or a zip entry's length.</summary>
    public static long ContentLength(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return new FileInfo(path).Length;
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Where(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                                      && !e.Name.StartsWith("readme", StringComparison.OrdinalIgnoreCase))
                          .Select(e => e.Length).FirstOrDefault();
    }

    private sealed class ZipEntryReader(ZipArchive zip, Stream stream) : StreamReader(stream, System.Text.Encoding.UTF8, false, 1 << 16)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing) zip.Dispose();
        }
    }

    /// <summary>Counts of rows read and skipped, filled while enumerating.</summary>
    public sealed class Counter
    {
        public long Rows;
        public long Skipped;
        /// <summary>Characters consumed so far (an approximation of bytes, for progress bars).</summary>
        public long Chars;
    }

    /// <summary>The tab-separated fields of each row that is not blank or a '#' comment, counting characters read.</summary>
    private static IEnumerable<string[]> Rows(TextReader reader, Counter counter)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            counter.Chars += line.Length + 1;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    public static IEnumerable<GeoNamesPlace> ReadPlaces(TextReader reader, Counter? counter = null)
    {
        counter ??= new Counter();
        foreach (var f in Rows(reader, counter))
        {
            if (f.Length < 15 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out int id)
                || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
                || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                counter.Skipped++;
                continue;
            }
            long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out long pop);
            counter.Rows++;
            yield return new GeoNamesPlace(id, f[1], f[2].Length > 0 ? f[2] : f[1], f[3], lat, lon,
                f[6], f[7], f[8], f[10], f[11], Math.Max(0, pop));
        }
    }

    public static IEnumerable<GeoNamesAdminCode> ReadAdminCodes(TextReader reader, Counter? counter = null)
    {
        counter ??= new Counter();
        foreach (var f in Rows(reader, counter))
        {
            if (f.Length < 2 || f[0].Length < 4) { counter.Skipped++; continue; }
            int id = 0;
            if (f.Length >= 4 && !int.TryParse(f[3], out id)) { counter.Skipped++; continue; }
            counter.Rows++;
            yield return new GeoNamesAdminCode(f[0], f[1], f.Length > 2 && f[2].Length > 0 ? f[2] : f[1], id);
        }
    }

    public static IEnumerable<GeoNamesCountry> ReadCountryInfo(TextReader reader, Counter? counter = null)
    {
        counter ??= new Counter();
        foreach (var f in Rows(reader, counter))
        {
            if (f.Length < 17 || f[0].Length != 2 || !int.TryParse(f[2], out int numeric)) { counter.Skipped++; continue; }
            int.TryParse(f[16], out int gid);
            counter.Rows++;
            yield return new GeoNamesCountry(f[0], f[1], numeric, f[4], gid);
        }
    }

    // Pseudo-languages in alternateNames that are codes or links, not names a text would use.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
        { "link", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid", "phon", "piny" };

    public static IEnumerable<GeoNamesAlternateName> ReadAlternateNames(TextReader reader, Counter? counter = null)
    {
        counter ??= new Counter();
        foreach (var f in Rows(reader, counter))
        {
            if (f.Length < 4 || !int.TryParse(f[1], out int id)) { counter.Skipped++; continue; }
            if (NotNames.Contains(f[2]) || f[3].Length == 0) continue;
            counter.Rows++;
            yield return new GeoNamesAlternateName(id, f[2], f[3], f.Length > 7 && f[7] == "1");
        }
    }

    /// <summary>Alternate names of a place row (comma-separated in the dump) that Latin-script text could
    /// contain: every character folds to ASCII, at least 3 letters, and not an all-caps code ("BKO").</summary>
    public static IEnumerable<string> UsableAlternates(string alternateNames)
    {
        if (alternateNames.Length == 0) yield break;
        foreach (var raw in alternateNames.Split(','))
        {
            var a = raw.Trim();
            if (IsUsableName(a)) yield return a;
        }
    }

    public static bool IsUsableName(string a)
    {
        if (a.Length < 3 || a.Length > 60) return false;
        bool allUpper = true;
        foreach (char c in a)
        {
            char k = NameKey.FoldChar(c);
            if (k != '\0' && k != ' ' && (k > 127)) return false;
            if (char.IsLower(c)) allUpper = false;
        }
        return !(allUpper && a.Length <= 5);
    }
}
