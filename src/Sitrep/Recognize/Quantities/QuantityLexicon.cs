using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Language;

namespace Sitrep.Recognize.Quantities;

/// <summary>The vocabulary of counts (data/lang/en/quantities.json), compiled once into lookups and regexes.</summary>
internal sealed class QuantityLexicon
{
    private static class LetterRun
    {
        /// <summary>ASCII letters: where a number word's leading letters end.</summary>
        public static readonly System.Buffers.SearchValues<char> Letters =
            System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    public required Dictionary<string, int> NumberWords { get; init; }     // "sixty" → 60, "a dozen" → 12
    public required Dictionary<string, int> VagueWords { get; init; }      // "dozens" → 12
    public required Dictionary<string, string> Qualifiers { get; init; }   // "at least" → at_least
    public required Dictionary<string, VictimGroup> Groups { get; init; }  // "soldiers" → Soldiers
    public required Dictionary<string, Outcome> Outcomes { get; init; }    // "taken prisoner" → Captured
    public required Regex NumberPhrase { get; init; }
    /// <summary><see cref="NumberPhrase"/> anchored (\G) at the position it is tried from.</summary>
    public required Regex NumberPhraseAt { get; init; }
    /// <summary>The leading letters of every number word and qualifier ("twenty" of "twenty-one", "at" of
    /// "at least"): a phrase can start only where a word begins with one of them (or a digit).</summary>
    public required HashSet<string> NumberStarts { get; init; }
    public required Regex OutcomeBefore { get; init; }
    public required Regex OutcomeAfter { get; init; }
    /// <summary>The words <see cref="OutcomeBefore"/> can end on ("killed", "of", "further"); null: no shortcut.</summary>
    public required HashSet<string>? OutcomeBeforeEnds { get; init; }
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

        // A prefix tree, not a flat longest-first list: same matches, a fraction of the cost per position tried.
        string Alt(IEnumerable<string> words) => PhraseTrie.Alternation(words);
        var numberAlt = Alt(numbers.Keys.Concat(vague.Keys));
        var qualAlt = Alt(quals.Keys);
        var outcomeAlt = Alt(outcomes.Keys);
        var starts = new HashSet<string>(numbers.Keys.Concat(vague.Keys).Concat(quals.Keys)
            .Select(w => w[..(w.AsSpan().IndexOfAnyExcept(LetterRun.Letters) is var e and >= 0 ? e : w.Length)]), StringComparer.OrdinalIgnoreCase);
        // OutcomeBefore ends on an outcome's last word or on "of", "further", "another", then white space.
        var beforeEnds = new HashSet<string>(outcomes.Keys.Select(k => k.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
            .Concat(["of", "further", "another"]), StringComparer.OrdinalIgnoreCase);
        if (!beforeEnds.All(w => w.Length > 0 && w.All(char.IsAsciiLetter))) beforeEnds = null;
        const RegexOptions opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
        return new QuantityLexicon
        {
            OutcomeBeforeEnds = beforeEnds,
            NumberWords = numbers,
            VagueWords = vague,
            Qualifiers = quals,
            Groups = groups,
            Outcomes = outcomes,
            MaxGroupWords = groups.Keys.Max(k => k.Split(' ').Length),
            // "at least 60", "more than 2 000", "dozens of", "twenty-six", "between 5 and 10"
            NumberStarts = starts,
            NumberPhrase = new Regex($@"(?<![\w.,:/-])(?:(?<q>{qualAlt})\s+)?(?:(?<n>\d{{1,3}}(?:[ ,]\d{{3}})+|\d+)|(?<w>{numberAlt}))(?:\s*(?:to|-|–|or)\s*(?<hi>\d+))?(?![\w%]|[.,:]\d)", opts),
            NumberPhraseAt = new Regex(@"\G" + $@"(?<![\w.,:/-])(?:(?<q>{qualAlt})\s+)?(?:(?<n>\d{{1,3}}(?:[ ,]\d{{3}})+|\d+)|(?<w>{numberAlt}))(?:\s*(?:to|-|–|or)\s*(?<hi>\d+))?(?![\w%]|[.,:]\d)", opts),
            // the outcome just before the count: "killed at least", "killing and wounding", "the lives of"
            OutcomeBefore = new Regex($@"(?:^|[^\w])(?<o>{outcomeAlt})(?:\s+(?:and|or)\s+(?<o2>{outcomeAlt}))?\s+(?:(?:a\s+)?(?:total\s+of|further|another)\s+)?$", opts),
            // the outcome just after the group: "were killed", ", including four fighters, have been killed", "are believed to have been abducted"
            OutcomeAfter = new Regex($@"^(?:\s*(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}(?:army|forces|police|military)?)?(?:\s*,?\s*(?:including|among them|mostly|most of them|all of them|many of them)\s[^;.]{{1,70}}?,?)?(?:\s+and\s+(?:an?|\d+|[a-z]+)\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)?\s*(?:(?:who|that)\s+)?(?:(?:were|was|have|has|had|are|is|got|went|remain|remained|remains|being|been|be|also|all|reportedly|allegedly|since|later|now|confirmed|believed|feared|said|thought|reported|to|have|subsequently|then|both|slightly|seriously|critically|badly|severely|lightly|gravely|fatally|mortally)\s+){{0,5}}(?<o>{outcomeAlt})\b", opts),
        };
    }

    /// <summary>
    /// The matches of <see cref="NumberPhrase"/> in <paramref name="s"/>, the same as its <c>Matches</c>, found
    /// faster: the anchored pattern is tried only where a word starts with a digit or its letters are the leading
    /// letters of a number word or qualifier, instead of the alternation of some 300 words at every character. A word with
    /// any non-ASCII letter is always tried (the regex's case folding is wider than ASCII).
    /// </summary>
    public IEnumerable<Match> NumberPhrases(string s)
    {
        var lookup = NumberStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        int p = 0;
        while (p < s.Length)
        {
            if (CanStart(s, p, lookup))
            {
                var m = NumberPhraseAt.Match(s, p);
                if (m.Success)
                {
                    yield return m;
                    p = m.Index + Math.Max(1, m.Length);
                    continue;
                }
            }
            p++;
        }
    }

    /// <summary>
    /// False only where <see cref="OutcomeBefore"/> cannot match s[start..end): it must end in white space after a
    /// word of <see cref="OutcomeBeforeEnds"/>. Anything not ASCII on the way is left to the pattern (its case
    /// folding and \s are wider than ASCII).
    /// </summary>
    public bool MayEndWithOutcome(string s, int start, int end)
    {
        if (OutcomeBeforeEnds is null) return true;
        int i = end;
        if (i <= start) return false;
        if (s[i - 1] >= 0x80) return true;
        if (!char.IsWhiteSpace(s[i - 1])) return false;
        while (i > start && s[i - 1] < 0x80 && char.IsWhiteSpace(s[i - 1])) i--;
        if (i > start && s[i - 1] >= 0x80) return true;
        int wordEnd = i;
        while (i > start && char.IsAsciiLetter(s[i - 1])) i--;
        if (i > start && s[i - 1] >= 0x80) return true;
        return i < wordEnd && OutcomeBeforeEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(i, wordEnd - i));
    }

    private static bool CanStart(string s, int p, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> starts)
    {
        char c = s[p];
        if (p > 0 && char.IsLetterOrDigit(s[p - 1])) return false; // the pattern's look-behind refuses it anyway
        if (char.IsDigit(c)) return true;
        if (!char.IsLetter(c)) return false;
        int end = p;
        bool ascii = true;
        while (end < s.Length && char.IsLetter(s[end])) { ascii &= char.IsAscii(s[end]); end++; }
        if (!ascii) return true;
        // After the leading letters of a word the pattern wants a space or hyphen, or (after a whole number word)
        // nothing that is a letter, except "to"/"or" before a second number ("five to 10", "fiveor6" too).
        var run = s.AsSpan(p, end - p);
        if (starts.Contains(run)) return true;
        return run.Length > 2 && (run.EndsWith("to", StringComparison.OrdinalIgnoreCase) || run.EndsWith("or", StringComparison.OrdinalIgnoreCase))
               && starts.Contains(run[..^2]);
    }

    private static void Add(Dictionary<string, int> into, string entry)
    {
        int eq = entry.LastIndexOf('=');
        into[entry[..eq]] = int.Parse(entry[(eq + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static QuantityLexicon? _default;
    public static QuantityLexicon Default => _default ??= Load();
}
