using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Sitrep.Server;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve [--db DB] [--urls http://127.0.0.1:5080]</c>: the HTTP API and the dashboard.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Where to listen (';' between several). Loopback by default: the API has no login.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var cmd = new Command("serve", "Serve the HTTP API (/api, OpenAPI at /docs) and the dashboard (/) over the store.") { store.Db, urls };
        cmd.SetAction(parse =>
        {
            var u = parse.GetValue(urls)!;
            foreach (var one in u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(one.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    return Cli.Fail($"--urls must be http://HOST:PORT, got '{one}'.");
                if (!uri.IsLoopback && !(IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)))
                    Console.Error.WriteLine($"sitrep: warning: {one} is not loopback; anyone who can reach it can read and change the store.");
            }
            var db = parse.GetValue(store.Db);
            try
            {
                var app = SitrepServer.Build(new ServerOptions { Db = db, Urls = u });
                var pool = (StorePool)app.Services.GetService(typeof(StorePool))!;
                var where = pool.Describe();
                app.Start();
                Console.WriteLine($"serving {where} at {string.Join(", ", app.Urls)} (dashboard /, API /api, docs /docs); Ctrl+C stops.");
                app.WaitForShutdown();
                return 0;
            }
            catch (StoreException e) { return Cli.Fail(e.Message); }
            catch (IOException e) { return Cli.Fail($"cannot listen on {u} ({e.Message.TrimEnd('.')})."); }
            catch (Exception e) when (e is InvalidOperationException or FormatException or UriFormatException)
            {
                return Cli.Fail($"cannot serve on {u} ({e.Message.Split('\n')[0].TrimEnd('.')}).");
            }
        });
        return cmd;
    }
}
