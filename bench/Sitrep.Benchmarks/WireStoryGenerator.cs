using System.Text;
using System.Text.Json;

namespace Sitrep.Benchmarks;

/// <summary>
/// Writes synthetic wire stories for load tests: varied sentences from templates written for Sitrep
/// (no news text), over real place names (public gazetteer facts) and generic actor names.
/// Deterministic for a seed. Each story is NAME.txt with a NAME.meta.json {source, published, title, url}.
/// </summary>
public static class WireStoryGenerator
{
    private static readonly (string Town, string Country)[] Places =
    [
        ("Boulkessi", "Mali"), ("Timbuktu", "Mali"), ("Gao", "Mali"), ("Mopti", "Mali"), ("Menaka", "Mali"),
        ("Djibo", "Burkina Faso"), ("Dori", "Burkina Faso"), ("Kaya", "Burkina Faso"), ("Tillaberi", "Niger"),
        ("Diffa", "Niger"), ("Maiduguri", "Nigeria"), ("Bama", "Nigeria"), ("Goma", "DR Congo"), ("Beni", "DR Congo"),
        ("Bunia", "DR Congo"), ("Mogadishu", "Somalia"), ("Baidoa", "Somalia"), ("Kismayo", "Somalia"),
    ];
    private static readonly string[] Attackers = ["gunmen", "suspected jihadists", "armed men on motorbikes", "rebel fighters", "a militia", "unidentified assailants"];
    private static readonly string[] Targets = ["an army post", "a village market", "a convoy", "a police station", "a checkpoint", "a mining site", "a camp for displaced people"];
    private static readonly string[] Sources = ["a local official", "a security source", "residents", "a hospital worker", "the army", "a humanitarian worker", "a regional governor"];
    private static readonly string[] Outlets = ["Sahel Wire", "Continental Press", "Desert Bulletin", "Lake Chad Monitor", "Great Lakes Daily", "Horn Report"];
    private static readonly string[] Days = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "overnight", "late on Sunday"];
    private static readonly string[] Numbers = ["two", "three", "five", "seven", "nine", "11", "14", "at least 20", "dozens of", "about 30"];
    private static readonly string[] Closers =
    [
        "No group has claimed responsibility so far.",
        "The area has seen repeated attacks in recent months.",
        "Authorities said an investigation was under way.",
        "Aid groups said thousands had fled the area since the start of the year.",
        "The government did not respond to a request for comment.",
        "Communications in the region are often cut, making reports hard to verify.",
    ];

    public static IReadOnlyList<string> Write(string folder, int count, int seed = 42)
    {
        Directory.CreateDirectory(folder);
        var rng = new Random(seed);
        var paths = new List<string>(count);
        var start = new DateOnly(2025, 1, 1);
        for (int i = 0; i < count; i++)
        {
            T Pick<T>(T[] xs) => xs[rng.Next(xs.Length)];
            var (town, country) = Pick(Places);
            var published = start.AddDays(rng.Next(0, 300));
            var outlet = Pick(Outlets);
            var attacker = Pick(Attackers);
            var target = Pick(Targets);
            var n = Pick(Numbers);
            var title = $"{Cap(attacker)} attack {target} near {town}";
            var sb = new StringBuilder();
            sb.Append(title).Append("\n\n");
            sb.Append($"{town.ToUpperInvariant()}, {country} ({outlet}) — {Cap(attacker)} attacked {target} near {town} {Pick(Days)}, killing {n} people, {Pick(Sources)} said.\n\n");
            sb.Append($"\"They came from the north and fired on everyone,\" {Pick(Sources)} told {outlet}, asking not to be named for safety reasons.\n\n");
            if (rng.Next(2) == 0)
                sb.Append($"{Cap(Pick(Sources))} put the toll at {Pick(Numbers)} dead and said {Pick(Numbers)} others were wounded and taken to hospital in {Pick(Places).Town}.\n\n");
            sb.Append($"Story {i + 1} of batch {seed}. ").Append(Pick(Closers)).Append(' ').Append(Pick(Closers)).Append('\n');
            var name = Path.Combine(folder, $"story-{i:D6}");
            File.WriteAllText(name + ".txt", sb.ToString());
            File.WriteAllText(name + ".meta.json", JsonSerializer.Serialize(new
            {
                source = outlet,
                published = published.ToString("yyyy-MM-dd"),
                title,
                url = $"https://example.org/{outlet.ToLowerInvariant().Replace(' ', '-')}/{i}",
            }));
            paths.Add(name + ".txt");
        }
        return paths;

        static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
    }
}
