using System.CommandLine;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep split EVENT ARTICLE</c>: undoes a merge by moving one article's report to an event of its own.</summary>
internal static class SplitCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("event") { Description = "The merged event's id." };
        var article = new Argument<string>("article") { Description = "The article to take out: its id (or a prefix of it, from 'sitrep show') or its origin path/URL." };
        var store = new StoreOptions();
        var cmd = new Command("split", "Take one article's report out of a merged event into a new event.") { id, article, store.Db };
        cmd.SetAction(parse =>
        {
            var (db, error) = store.Open(parse);
            if (db is null) return Cli.Fail(error!);
            using var _ = db;
            try
            {
                var newId = db.Split(parse.GetValue(id), parse.GetValue(article)!);
                Console.WriteLine($"event {parse.GetValue(id)}: the report of article {parse.GetValue(article)} is now event {newId}.");
                return 0;
            }
            catch (StoreException e) { return Cli.Fail(e.Message); }
        });
        return cmd;
    }
}
