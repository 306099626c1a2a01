using System.CommandLine;
using Microsoft.Data.Sqlite;
using Sitrep.Geo;
using Sitrep.Geo.Compact;
using Sitrep.Geo.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep gazetteer import FILE... [--db PATH]</c>, <c>sitrep gazetteer lookup NAME [--country ISO2] [--db PATH]</c>
/// and <c>sitrep gazetteer compile ...</c> (used by tools/build-gazetteer.sh to build the bundled file).
/// </summary>
internal static class GazetteerCommand
{
    public static Command Create()
    {
        var cmd = new Command("gazetteer", "Import GeoNames files into your own gazetteer, look places up, or build the bundled gazetteer.");
        cmd.Subcommands.Add(Import());
        cmd.Subcommands.Add(Lookup());
        cmd.Subcommands.Add(Compile());
        return cmd;
    }

    private static Option<string?> DbOption() => new("--db")
    {
        Description = $"The SQLite database (default: ${GazetteerStore.DatabaseEnvironmentVariable} or ~/.local/share/sitrep/sitrep.db).",
    };

    private static Command Import()
    {
        var files = new Argument<string[]>("file")
        {
            Description = "GeoNames files (.txt or .zip): a country dump or allCountries, citiesN, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt, alternateNamesV2.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DbOption();
        var cmd = new Command("import", "Stream GeoNames files into your gazetteer (safe to rerun).") { files, db };
        cmd.SetAction(parse => RunImport(parse.GetValue(files)!, parse.GetValue(db) ?? GazetteerStore.DefaultDatabasePath()));
        return cmd;
    }

    private static int RunImport(string[] files, string dbPath)
    {
        foreach (var f in files)
            if (!File.Exists(f)) return Cli.Fail($"no such file: {f}");
        var results = new List<GazetteerStore.ImportResult>();
        try
        {
            AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    foreach (var f in files)
                    {
                        var task = ctx.AddTask(Markup.Escape(Path.GetFileName(f)), maxValue: 1000);
                        results.Add(GazetteerStore.Import(dbPath, f, p =>
                        {
                            task.Value = Math.Min(1000, 1000.0 * p.Done / p.Total);
                            task.Description = Markup.Escape($"{p.File} ({p.Rows:N0} rows)");
                        }));
                        task.Value = 1000;
                    }
                });
        }
        catch (Exception e) when (e is IOException or InvalidDataException or SqliteException or UnauthorizedAccessException)
        {
            // Batches already committed stay; rerunning the import resumes safely (upserts).
            return Cli.Fail($"import stopped: {e.Message} (what was committed is kept; rerun to finish)");
        }
        foreach (var r in results)
            Console.WriteLine($"{r.File}: {r.Kind}, {r.Rows:N0} rows{(r.Skipped > 0 ? $", {r.Skipped:N0} malformed rows skipped" : "")}");
        Console.WriteLine($"into {dbPath}");
        return 0;
    }

    private static Command Lookup()
    {
        var name = new Argument<string>("name") { Description = "A place name as written in text." };
        var country = new Option<string?>("--country") { Description = "Only places in this country (ISO 3166-1 alpha-2, or a country name)." };
        var db = DbOption();
        var cmd = new Command("lookup", "Show the candidates for a place name, ranked, with the reasons.") { name, country, db };
        cmd.SetAction(parse => RunLookup(parse.GetValue(name)!, parse.GetValue(country), parse.GetValue(db)));
        return cmd;
    }

    private static int RunLookup(string name, string? countryArg, string? db)
    {
        Country? country = null;
        if (countryArg is not null)
        {
            country = CountryCatalog.Default.ByIso2(countryArg) ?? CountryCatalog.Default.ByNameOrDemonym(countryArg);
            if (country is null) return Cli.Fail($"unknown country '{countryArg}' (give an ISO 3166-1 alpha-2 code such as ML).");
        }
        if (db is not null && !File.Exists(db)) return Cli.Fail($"no such database: {db}");
        IGazetteer gazetteer;
        try { gazetteer = Gazetteers.Default(db); }
        catch (Exception e) when (e is InvalidDataException or IOException or SqliteException) { return Cli.Fail($"cannot open the gazetteer: {e.Message}"); }
        if (gazetteer is EmptyGazetteer)
            return Cli.Fail("no gazetteer: build the bundled one (tools/build-gazetteer.sh) or import GeoNames files (sitrep gazetteer import).");
        var ranked = PlaceResolver.RankForLookup(gazetteer, name, country?.Iso2);
        if (ranked.Count == 0)
        {
            Console.WriteLine($"no place named '{name}'{(country is null ? "" : $" in {country.Name}")} ({gazetteer.Version})");
            return 0;
        }
        // Plain lines rather than a table: the reasons are long and must not be cut.
        int i = 0;
        foreach (var c in ranked.Take(25))
        {
            var p = c.Place;
            var admin = string.Join(", ", new[] { p.Admin2, p.Admin1, p.CountryCode }.Where(x => !string.IsNullOrEmpty(x)));
            Console.WriteLine($"{++i,2}. {p.Name} ({admin})  {p.FeatureClass}.{p.FeatureCode}  {p.Latitude:0.####}, {p.Longitude:0.####}  pop {p.Population:N0}  id {p.GeonameId}  [{p.Source}]");
            Console.WriteLine($"    score {c.Score:0.00}: {c.Why}");
        }
        if (ranked.Count > 25) Console.WriteLine($"... and {ranked.Count - 25} more");
        Console.WriteLine(gazetteer.Version);
        return 0;
    }

    private static Command Compile()
    {
        var places = new Option<string>("--places") { Description = "GeoNames place file (cities500.txt or a dump).", Required = true };
        var admin1 = new Option<string>("--admin1") { Description = "admin1 codes (GeoNames admin1CodesASCII.txt or tools/geo/admin1.tsv).", Required = true };
        var admin2 = new Option<string?>("--admin2") { Description = "GeoNames admin2Codes.txt (optional)." };
        var supplement = new Option<string?>("--supplement") { Description = "data/geo/supplement.tsv." };
        var output = new Option<string>("--output") { Description = "The compact file to write.", Required = true };
        var cmd = new Command("compile", "Build the compact bundled gazetteer (tools/build-gazetteer.sh runs this).") { places, admin1, admin2, supplement, output };
        cmd.SetAction(parse =>
        {
            foreach (var f in new[] { parse.GetValue(places), parse.GetValue(admin1), parse.GetValue(admin2), parse.GetValue(supplement) })
                if (f is not null && !File.Exists(f)) return Cli.Fail($"no such file: {f}");
            try
            {
                var r = GazetteerCompiler.Compile(parse.GetValue(places)!, parse.GetValue(admin1)!, parse.GetValue(admin2),
                    parse.GetValue(supplement), parse.GetValue(output)!);
                Console.WriteLine($"{parse.GetValue(output)}: {r.Places:N0} places ({r.FromGeoNames:N0} GeoNames, {r.AdminCentres:N0} area centres, {r.FromSupplement:N0} supplement), {r.Keys:N0} names, {r.Bytes / 1048576.0:0.0} MB");
                return 0;
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or IOException)
            {
                return Cli.Fail($"compile failed: {e.Message}");
            }
        });
        return cmd;
    }
}
