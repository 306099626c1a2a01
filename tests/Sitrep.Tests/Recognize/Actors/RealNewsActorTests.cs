using System.Text.Json;
using Sitrep.Pipeline;
using Sitrep.Recognize.Actors;
using Sitrep.Recognize.Attributions;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Recognize.Actors;

/// <summary>Runs the pipeline over ../shared/realnews and reports the actors and attributions found per file.</summary>
public class RealNewsActorTests(ITestOutputHelper output)
{
    /// <summary>Files whose gold actor1 is found among the actor mentions (name or matched text); pinned at what
    /// the recognizer reaches, so that a regression shows.</summary>
    private const int PinnedActor1Files = 28;

    [SharedDataFact]
    public void Finds_gold_actor1_in_real_reports()
    {
        var coder = new CoderBuilder().Build();
        var dir = Path.Combine(RepoPaths.Shared!, "realnews");
        int withActor1 = 0, found = 0;
        foreach (var goldPath in Directory.GetFiles(dir, "*.gold.json").Order())
        {
            var id = Path.GetFileName(goldPath)[..^".gold.json".Length];
            var text = File.ReadAllText(Path.Combine(dir, id + ".txt"));
            var doc = coder.Code(new ArticleInput(text, id)).Document;
            var actors = doc.MentionsOf<ActorMention>().ToList();
            var said = doc.MentionsOf<AttributionMention>().ToList();
            output.WriteLine($"{id}: {actors.Count} actors [{string.Join(", ", actors.Select(a => doc.Slice(a.Span) + "=" + a.Actor.Id).Distinct().Take(12))}]; " +
                             $"{said.Count} attributions [{string.Join(", ", said.Select(a => $"{a.Source}:{a.Kind}").Distinct().Take(6))}]");

            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var names = new List<string>();
            foreach (var e in gold.RootElement.GetProperty("events").EnumerateArray())
            {
                if (e.TryGetProperty("actor1", out var a1) && a1.ValueKind == JsonValueKind.String) names.Add(a1.GetString()!);
                if (e.TryGetProperty("actor1_names", out var n1) && n1.ValueKind == JsonValueKind.Array)
                    names.AddRange(n1.EnumerateArray().Select(x => x.GetString()!));
            }
            if (names.Count == 0) continue;
            withActor1++;
            bool hit = actors.Any(a => names.Any(n =>
                a.Actor.Name.Equals(n, StringComparison.OrdinalIgnoreCase)
                || a.Actor.NameFor(a.CountryIso2 is null ? null : Sitrep.Geo.CountryCatalog.Default.ByIso2(a.CountryIso2)).Equals(n, StringComparison.OrdinalIgnoreCase)
                || doc.Slice(a.Span).Contains(n, StringComparison.OrdinalIgnoreCase)));
            if (hit) found++;
            else output.WriteLine($"  MISSED actor1 of {id}: {string.Join(" / ", names.Distinct())}");
        }
        output.WriteLine($"gold actor1 found in {found} of {withActor1} files");
        Assert.True(found >= PinnedActor1Files, $"gold actor1 found in {found} of {withActor1} files, pinned at {PinnedActor1Files}");
    }
}
