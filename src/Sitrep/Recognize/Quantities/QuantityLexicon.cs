using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Language;

namespace Sitrep.Recognize.Quantities;

/// <summary>The vocabulary of counts (data/lang/en/quantities.json), compiled once into lookups and regexes.</summary>
internal sealed class QuantityLexicon
{
    public required Dictionary<string, int> NumberWords { get; init; }     // "sixty" → 60, "a dozen" → 12
    public required Dictionary<string, int> VagueWords { get; init; }      // "dozens" → 12
    public required Dictionary<string, string> Qualifiers { get; init; }   // "at least" → at_least
    public required Dictionary<string, VictimGroup> Groups { get; init; }  // "soldiers" → Soldiers
    public required Dictionary<string, Outcome> Outcomes { get; init; }    // "taken prisoner" → Captured
    public required Regex NumberPhrase { get; init; }
    public required Regex OutcomeBefore { get; init; }
    public required Regex OutcomeAfter { get; init; }
    public required int MaxGroupWords { get; init; }

    public static QuantityLexicon Load()
    {
        using var doc = LanguageData.ReadJson("lang/en/quantities.json");
        var root = doc.RootElement;
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var units = root.GetProperty("units").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var tens = root.GetProperty("tens").EnumerateArray().Select(e => e.GetString()!).ToArray();
        for (int i = 0; i < units.Length; i++) numbers[units[i]] = i;
        for (int t = 2; t < tens.Length; t++)
        {
            numbers[tens[t]] = t * 10;
            for (int u = 1; u < 10; u++) { numbers[$"{tens[t]}-{units[u]}"] = t * 10 + u; numbers[$"{tens[t]} {units[u]}"] = t * 10 + u; }
        }
        foreach (var e in root.GetProperty("exact_words").EnumerateArray()) Add(numbers, e.GetString()!);
        var vague = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in root.GetProperty("vague_words").EnumerateArray()) Add(vague, e.GetString()!);
        var quals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in root.GetProperty("qualifiers").EnumerateObject())
            foreach (var q in kind.Value.EnumerateArray()) quals[q.GetString()!] = kind.Name;
        var groups = new Dictionary<string, VictimGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var g in root.GetProperty("groups").EnumerateObject())
        {
            var group = Enum.Parse<VictimGroup>(g.Name, ignoreCase: true);
            foreach (var w in g.Value.EnumerateArray()) groups[w.GetString()!] = group;
        }
        var outcomes = new Dictionary<string, Outcome>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in root.GetProperty("outcomes").EnumerateObject())
        {
            var outcome = Enum.Parse<Outcome>(o.Name, ignoreCase: true);
            foreach (var w in o.Value.EnumerateArray()) outcomes[w.GetString()!] = outcome;
        }

        string Alt(IEnumerable<string> words) => string.Join("|", words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")));
        var numberAlt = Alt(numbers.Keys.Concat(vague.Keys));
        var qualAlt = Alt(quals.Keys);
        var outcomeAlt = Alt(outcomes.Keys);
        const RegexOptions opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        return new QuantityLexicon
        {
            NumberWords = numbers,
            VagueWords = vague,
            Qualifiers = quals,
            Groups = groups,
            Outcomes = outcomes,
            MaxGroupWords = groups.Keys.Max(k => k.Split(' ').Length),
            // "at least 60", "more than 2 000", "dozens of", "twenty-six", "between 5 and 10"
            NumberPhrase = new Regex($@"(?<![\w.,:/-])(?:(?<q>{qualAlt})\s+)?(?:(?<n>\d{{1,3}}(?:[ ,]\d{{3}})+|\d+)|(?<w>{numberAlt}))(?:\s*(?:to|-|–|or)\s*(?<hi>\d+))?(?![\w%]|[.,:]\d)", opts),
            // the outcome just before the count: "killed at least", "killing and wounding", "the lives of"
            OutcomeBefore = new Regex($@"(?:^|[^\w])(?<o>{outcomeAlt})(?:\s+(?:and|or)\s+(?<o2>{outcomeAlt}))?\s+(?:(?:a\s+)?(?:total\s+of|further|another)\s+)?$", opts),
            // the outcome just after the group: "were killed", ", including four fighters, have been killed", "are believed to have been abducted"
            OutcomeAfter = new Regex($@"^(?:\s*(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}(?:army|forces|police|military)?)?(?:\s*,?\s*(?:including|among them|mostly|most of them|all of them|many of them)\s[^;.]{{1,70}}?,?)?(?:\s+and\s+(?:an?|\d+|[a-z]+)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)?\s*(?:(?:who|that)\s+)?(?:(?:were|was|have|has|had|are|is|got|being|been|be|also|all|reportedly|allegedly|since|later|now|confirmed|believed|feared|said|thought|reported|to|have|subsequently|then|both|slightly|seriously|critically|badly|severely|lightly|gravely|fatally|mortally)\s+){{0,5}}(?<o>{outcomeAlt})\b", opts),
        };
    }

    private static void Add(Dictionary<string, int> into, string entry)
    {
        int eq = entry.LastIndexOf('=');
        into[entry[..eq]] = int.Parse(entry[(eq + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static QuantityLexicon? _default;
    public static QuantityLexicon Default => _default ??= Load();
}
