using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Sitrep.Geo;
using Sitrep.Geo.Store;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Geo.Store;

/// <summary>
/// A user imports a GeoNames country dump (generated here in GeoNames' format: a village no bundled
/// gazetteer has) and an article naming that village is then placed there.
/// </summary>
public sealed class GazetteerImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-gaz-").FullName;
    private string Db => Path.Combine(_dir, "sitrep.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    // 19 tab-separated columns, as GeoNames writes them. The village and its coordinates are invented.
    private const string CountryDump =
        "99000001\tKessoubougou\tKessoubougou\tKesoubougou,Kessoubougou Peul\t14.52000\t-3.91000\tP\tPPL\tML\t\t04\t\t\t\t850\t\t280\tAfrica/Bamako\t2024-01-01\n" +
        "99000002\tBamako\tBamako\tBamaco\t12.65\t-8.0\tP\tPPLC\tML\t\t01\t\t\t\t1297281\t\t350\tAfrica/Bamako\t2024-01-01\n" +
        "not a row\n";
    private const string Admin1 = "ML.04\tMopti\tMopti\t2453347\nML.01\tBamako\tBamako\t2460594\n";

    private void Import(bool zip = false)
    {
        var dump = Path.Combine(_dir, "ML.txt");
        File.WriteAllText(dump, CountryDump);
        if (zip)
        {
            var z = Path.Combine(_dir, "ML.zip");
            using (var archive = ZipFile.Open(z, ZipArchiveMode.Create)) archive.CreateEntryFromFile(dump, "ML.txt");
            dump = z;
        }
        var admin = Path.Combine(_dir, "admin1CodesASCII.txt");
        File.WriteAllText(admin, Admin1);
        var r = GazetteerStore.Import(Db, dump);
        Assert.Equal(2, r.Rows);
        Assert.Equal(1, r.Skipped);
        GazetteerStore.Import(Db, admin);
    }

    [Fact]
    public void Imported_village_is_found_with_admin_names_and_wins_over_the_bundled_gazetteer()
    {
        Import();
        using var user = new SqliteGazetteer(Db);
        var p = Assert.Single(user.Lookup("Kesoubougou"));
        Assert.Equal("Mopti", p.Admin1);
        Assert.True(user.IsKnownName("KESSOUBOUGOU"));
        var composite = Gazetteers.Default(Db);
        Assert.IsType<CompositeGazetteer>(composite);
        Assert.Equal(99000001, composite.Lookup("Kessoubougou")[0].GeonameId);
    }

    [Fact]
    public void Import_is_safe_to_rerun_and_reads_zip()
    {
        Import();
        Import(zip: true);
        using var conn = new SqliteConnection($"Data Source={Db}");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM gaz_place";
        Assert.Equal(2L, (long)cmd.ExecuteScalar()!);
        cmd.CommandText = "SELECT COUNT(*) FROM gaz_name WHERE geonameid = 99000001";
        Assert.Equal(3L, (long)cmd.ExecuteScalar()!); // kessoubougou, kesoubougou, kessoubougou peul
    }

    [Fact]
    public void Coding_an_article_places_the_event_in_the_imported_village()
    {
        Import();
        var coder = new CoderBuilder().UseGazetteer(Gazetteers.Default(Db)).Build();
        const string text = "Gunmen kill 12 civilians in central Mali village\n\n" +
            "Gunmen killed 12 civilians in an attack on the village of Kessoubougou in central Mali on Sunday, local officials said.\n";
        var result = coder.Code(new ArticleInput(text, "kessoubougou.txt", new DateOnly(2025, 6, 3)));
        var places = result.Document.MentionsOf<PlaceMention>().Where(m => m.Place?.GeonameId == 99000001).ToList();
        Assert.NotEmpty(places);
        var ev = Assert.Single(result.Events, e => e.Location == "Kessoubougou");
        Assert.Equal(14.52, ev.Latitude!.Value, 3);
        Assert.Equal(-3.91, ev.Longitude!.Value, 3);
        Assert.Equal("Mopti", ev.Admin1);
        Assert.Equal("Mali", ev.Country);
        Assert.Equal(1, ev.GeoPrecision);
    }
}
