using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Language;
using Sitrep.Text;

namespace Sitrep.Recognize.Dates;

/// <summary>
/// The date vocabulary (data/lang/en/dates.json) and the patterns compiled from it once. Immutable and
/// thread-safe after loading; <see cref="Default"/> is shared by every stage.
/// </summary>
internal sealed class DateLexicon
{
    public required Dictionary<string, int> Months { get; init; }
    public required Dictionary<string, int> Weekdays { get; init; }
    public required HashSet<string> LastWords { get; init; }
    public required Dictionary<string, (string Unit, int Offset, bool ToPublished)> Relative { get; init; }
    public required Dictionary<string, (int From, int To)> MonthParts { get; init; }
    public required HashSet<string> Since { get; init; }
    public required Dictionary<string, int> Numbers { get; init; }
    public required Dictionary<string, double> Units { get; init; }
    public required Dictionary<string, string> CalendarUnits { get; init; }
    public required Dictionary<string, int> Directions { get; init; }
    public required Dictionary<string, double> OffsetPhrases { get; init; }
    public required HashSet<string> ReportingVerbs { get; init; }
    public required HashSet<string> ReportingNouns { get; init; }
    public required HashSet<string> ReportingParticiples { get; init; }
    public required HashSet<string> ToldObjects { get; init; }
    /// <summary>Words between a reporting word and its date ("said late on Tuesday").</summary>
    public required HashSet<string> ReportSkip { get; init; }
    public required HashSet<string> ToldVerbs { get; init; }
    public required string[] PublishedWords { get; init; }
    public required string[] UpdatedWords { get; init; }

    public required HashSet<string> Triggers { get; init; }
    public required HashSet<string> Core { get; init; }
    private const int CoreWindowWords = 5;

    /// <summary>Every kind of date in one pattern, anchored (\G) where it is tried; named groups tell which alternative matched.</summary>
    public required Regex Dates { get; init; }
    /// <summary>Clock times.</summary>
    public required Regex Times { get; init; }

    private static DateLexicon? _default;
    public static DateLexicon Default => _default ??= Load();

    public static DateLexicon Load()
    {
        using var json = LanguageData.ReadJson("lang/en/dates.json");
        var root = json.RootElement;

        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var weekdays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var capMonths = new List<string>(); var anyMonths = new List<string>();
        var capDays = new List<string>(); var anyDays = new List<string>();
        var capDaysFull = new List<string>();
        ReadNumbered(root.GetProperty("months"), months, capMonths);
        ReadNumbered(root.GetProperty("months_any_case"), months, anyMonths);
        ReadNumbered(root.GetProperty("weekdays"), weekdays, capDays);
        ReadNumbered(root.GetProperty("weekdays_any_case"), weekdays, anyDays);
        // A weekday standing alone must be written in full ("Sat" and "Wed" are too often something else).
        foreach (var p in root.GetProperty("weekdays").EnumerateObject())
            capDaysFull.Add(p.Value.EnumerateArray().First().GetString()!);

        var before = root.GetProperty("weekday_before");
        var lastWords = Strings(before.GetProperty("last"));
        var nextWords = Strings(before.GetProperty("next"));
        var qualifiers = Strings(before.GetProperty("qualifier"));

        var relative = new Dictionary<string, (string, int, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in root.GetProperty("relative").EnumerateObject())
        {
            if (p.Name.StartsWith('_')) continue;
            var a = p.Value.EnumerateArray().ToArray();
            relative[Norm(p.Name)] = (a[0].GetString()!, a[1].GetInt32(), a[2].GetString() == "to_published");
        }
        var parts = new Dictionary<string, (int, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in root.GetProperty("month_parts").EnumerateObject())
        {
            if (p.Name.StartsWith('_')) continue;
            var a = p.Value.EnumerateArray().ToArray();
            parts[Norm(p.Name).TrimEnd('-')] = (a[0].GetInt32(), a[1].GetInt32());
        }
        var numbers = Object(root.GetProperty("numbers"), e => e.GetInt32());
        var units = Object(root.GetProperty("units"), e => e.GetDouble());
        var calUnits = Object(root.GetProperty("calendar_units"), e => e.GetString()!);
        var dirs = Object(root.GetProperty("offset_directions"), e => e.GetInt32());
        var offPhrases = Object(root.GetProperty("offset_phrases"), e => e.GetDouble());
        var tod = root.GetProperty("time_of_day");

        string M = "(?:" + Alt(capMonths, capital: true) + "|" + Alt(anyMonths) + ")";
        string WdAll = "(?:" + Alt(capDays, capital: true) + "|" + Alt(anyDays) + ")";
        string Wd = "(?:" + Alt(capDaysFull, capital: true) + "|" + Alt(anyDays) + ")";
        string Y = @"(?:1[89]|20)\d{2}";
        string D = @"(?:[12]\d|3[01]|0?[1-9])";
        string Num = @"(?:\d{1,3}|" + Alt(numbers.Keys) + ")";
        string Poss = @"(?:'s|’s)?";
        // The period of an abbreviated month belongs to it only when a number follows ("Jan. 2"), not at a sentence end.
        string MDot = @"(?:\.(?=,?\s*\d))?";

        // Order matters where two alternatives start at the same place: the fuller reading comes first.
        var pattern = @"\G(?:" + string.Join("|",
            // Calendar dates, optionally opened by a weekday ("Sunday, June 1, 2025", "dimanche 7 février 2021").
            $@"(?:{WdAll}\.?,?\s+(?:the\s+|le\s+)?)?(?:" +
                $@"(?<iso>\b(?<iy>{Y})-(?<im>0[1-9]|1[0-2])-(?<id>[0-3]\d)\b)" +
                $@"|(?<num>\b(?<n1>\d{{1,2}})/(?<n2>\d{{1,2}})/(?<ny>{Y})\b)" +
                $@"|(?<rg>\b(?<r1>{D})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?<r2>{D})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<rm>{M})\b{MDot}(?:,?\s+(?<ry>{Y})\b)?)" +
                $@"|(?<rg2>\b(?<rm2>{M})\b{MDot}\s+(?<r3>{D})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?<r4>{D})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(?<ry2>{Y})\b)?)" +
                $@"|(?<dm>\b(?<d>{D})(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?<m>{M})\b{MDot}(?:,?\s+(?<y>{Y})\b)?)" +
                $@"|(?<md>\b(?<m2>{M})\b{MDot},?\s+(?<d2>{D})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(?<y2>{Y})\b)?)" +
                $@"|(?<my>\b(?<m3>{M})\b{MDot},?\s+(?<y3>{Y})\b))",
            $@"(?<part>\b{Alt(parts.Keys)})[\s-]*(?<pm>{M})\b{MDot}(?:,?\s+(?<py>{Y})\b)?",
            $@"(?<ov>\b{Alt(Strings(root.GetProperty("overnight")))})\s+(?:(?:on|of)\s+)?(?:(?<oa>{Wd}){Poss}(?:\s+(?:night\s+)?{Alt(Strings(root.GetProperty("overnight_into")))}\s+(?<ob>{Wd}))?|{Alt(Strings(root.GetProperty("overnight_into")))}\s+(?<ob>{Wd}))\b{Poss}",
            $@"(?<wk>(?:(?<wl>\b{Alt(lastWords)})\s+|(?<wn>\b{Alt(nextWords)})\s+|\b{Alt(qualifiers)}\s+)?\b(?<wd>{Wd})\b{Poss}(?:\s+(?<pod>{Alt(Strings(root.GetProperty("part_of_day")))})\b)?)",
            $@"(?<rel>\b{Alt(relative.Keys)})\b",
            $@"(?<ago>\b(?<an>{Num})\s+(?<au>{Alt(calUnits.Keys)})\s+{Alt(Strings(root.GetProperty("ago")))})\b",
            $@"(?<off>(?:\b{Alt(Strings(root.GetProperty("approximately")))}\s+)?\b(?<on>{Num})\s+(?<ou>{Alt(units.Keys)})\s+(?<od>{Alt(dirs.Keys)}))\b",
            $@"(?<offp>\b{Alt(offPhrases.Keys)})\b",
            $@"(?<ovl>\b{Alt(Strings(root.GetProperty("overnight")))})\b",
            $@"(?<=\b{Alt(Strings(root.GetProperty("month_prepositions")))}\s+)(?<mo>{M})\b(?!\.?,?\s*\d)",
            $@"(?<=\b{Alt(Strings(root.GetProperty("year_prepositions")))}\s+(?:the\s+year\s+)?)(?<yo>{Y})\b(?![-/]\d)") + ")";

        string after = Alt(Strings(tod.GetProperty("after")));
        string beforeT = Alt(Strings(tod.GetProperty("before")));
        var times = @"\G(?:" + string.Join("|",
            $@"\b(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?\s*{after}(?![\p{{L}}])",
            @"\b(?:[01]?\d|2[0-3]):[0-5]\d\b",
            @"\b(?:[01]?\d|2[0-3])h[0-5]\d\b",
            $@"(?<=\b{beforeT}\s+(?:{beforeT}\s+)*)(?:[01]?\d|2[0-3])\.[0-5]\d\b(?!\.\d)") + ")";

        // The words a date can begin with: the patterns are tried only where one of them (or a digit) starts.
        var triggers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in new IEnumerable<string>[] { months.Keys, weekdays.Keys, lastWords, nextWords, qualifiers, relative.Keys, parts.Keys,
                     numbers.Keys, offPhrases.Keys, Strings(root.GetProperty("overnight")), Strings(root.GetProperty("approximately")),
                     Strings(root.GetProperty("month_prepositions")), Strings(root.GetProperty("year_prepositions")) })
            foreach (var phrase in list)
            {
                var first = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
                if (first.Length > 0) triggers.Add(first[0]);
            }

        // Date words that are not glue: one must lie within a few words of where a pattern is tried.
        var glue = new HashSet<string>(Strings(root.GetProperty("glue_words").GetProperty("words")), StringComparer.OrdinalIgnoreCase);
        var core = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in new IEnumerable<string>[] { months.Keys, weekdays.Keys, relative.Keys, parts.Keys, units.Keys, calUnits.Keys,
                     offPhrases.Keys, dirs.Keys, Strings(root.GetProperty("overnight")), Strings(root.GetProperty("ago")),
                     Strings(root.GetProperty("part_of_day")), qualifiers })
            foreach (var phrase in list)
                foreach (var w in phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
                    if (!glue.Contains(w)) core.Add(w);

        const RegexOptions opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
        return new DateLexicon
        {
            Months = months,
            Weekdays = weekdays,
            LastWords = new HashSet<string>(lastWords.Select(Norm), StringComparer.OrdinalIgnoreCase),
            Relative = relative,
            MonthParts = parts,
            Since = new HashSet<string>(Strings(root.GetProperty("since")), StringComparer.OrdinalIgnoreCase),
            Numbers = numbers,
            Units = units,
            CalendarUnits = calUnits,
            Directions = dirs,
            OffsetPhrases = offPhrases,
            ReportingVerbs = Set(root, "reporting_verbs"),
            ReportingNouns = Set(root, "reporting_nouns"),
            ReportingParticiples = Set(root, "reporting_participles"),
            ToldObjects = Set(root, "told_objects"),
            ReportSkip = Set(root, "report_skip"),
            ToldVerbs = Set(root, "told_verbs"),
            PublishedWords = Strings(root.GetProperty("published_words")),
            UpdatedWords = Strings(root.GetProperty("updated_words")),
            Triggers = triggers,
            Core = core,
            Dates = new Regex(pattern, opts),
            Times = new Regex(times, opts),
        };
    }

    /// <summary>
    /// The dates in <paramref name="range"/>, left to right, not overlapping. The anchored pattern is tried only at
    /// the start of a number or of a word that can begin a date, which keeps the scan near the cost of one pass
    /// over the characters; lookbehinds ("in May") still see the text before the start.
    /// </summary>
    public IEnumerable<Match> DateMatches(string text, TextSpan range) => Scan(Dates, text, range, words: true);

    /// <summary>The clock times in <paramref name="range"/>: every one starts with a digit.</summary>
    public IEnumerable<Match> TimeMatches(string text, TextSpan range) => Scan(Times, text, range, words: false);

    private IEnumerable<Match> Scan(Regex rx, string text, TextSpan range, bool words)
    {
        var lookup = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = range.Start;
        while (i < range.End)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c) || (i > range.Start && char.IsLetterOrDigit(text[i - 1]))) { i++; continue; }
            int end = i;
            if (char.IsDigit(c)) end = i + 1;
            else
            {
                if (!words) { while (i < range.End && char.IsLetterOrDigit(text[i])) i++; continue; }
                while (end < range.End && char.IsLetter(text[end])) end++;
                if (!lookup.Contains(text.AsSpan(i, end - i))) { i = end; continue; }
            }
            if (words && !DateWordAhead(text, i, range.End)) { i = end; continue; }
            var m = rx.Match(text, i);
            if (m.Success && m.Length > 0 && m.Index + m.Length <= range.End)
            {
                yield return m;
                i = m.Index + m.Length;
            }
            else i = Math.Max(end, i + 1);
        }
    }

    /// <summary>
    /// Whether a date word that is not glue, or a number shaped like part of a date ("2019", "12/24", "2025-06",
    /// "1 June"), lies within <see cref="CoreWindowWords"/> words from <paramref name="i"/>. Numbers and glue words
    /// ("the", "in", "two") are common; the pattern is tried at them only when this holds.
    /// </summary>
    private bool DateWordAhead(string text, int i, int end)
    {
        var core = Core.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int w = 0; w < CoreWindowWords && i < end; w++)
        {
            while (i < end && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= end) return false;
            int s = i;
            if (char.IsDigit(text[i]))
            {
                while (i < end && char.IsDigit(text[i])) i++;
                if (i - s == 4 || (i < end && text[i] is '-' or '/' or '–')) return true;
                continue;
            }
            while (i < end && char.IsLetter(text[i])) i++;
            if (core.Contains(text.AsSpan(s, i - s))) return true;
            while (i < end && char.IsLetterOrDigit(text[i])) i++;
        }
        return false;
    }

    public int Month(string word) => Months.TryGetValue(word.TrimEnd('.'), out var m) ? m : 0;
    public int Weekday(string word) => Weekdays.TryGetValue(word.TrimEnd('.'), out var d) ? d : 0;
    public int Number(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : Numbers.TryGetValue(Norm(word), out n) ? n : 0;

    /// <summary>Lower case with single spaces for white space and hyphens ("mid-March", "twenty-four"), as phrase keys are stored.</summary>
    public static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s.Trim().Trim('-'))
        {
            if (char.IsWhiteSpace(c) || c == '-') { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static void ReadNumbered(JsonElement obj, Dictionary<string, int> into, List<string> words)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Name.StartsWith('_')) continue;
            int n = int.Parse(p.Name, CultureInfo.InvariantCulture);
            foreach (var w in p.Value.EnumerateArray())
            {
                into[w.GetString()!] = n;
                words.Add(w.GetString()!);
            }
        }
    }

    private static string[] Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();
    private static HashSet<string> Set(JsonElement root, string name) =>
        new(Strings(root.GetProperty(name)), StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, T> Object<T>(JsonElement obj, Func<JsonElement, T> read)
    {
        var d = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in obj.EnumerateObject())
            if (!p.Name.StartsWith('_')) d[Norm(p.Name)] = read(p.Value);
        return d;
    }

    /// <summary>
    /// An alternation of phrases, longest first (so "the day before yesterday" beats "the day before"), spaces
    /// matching any white space. With <paramref name="capital"/> the first letter must be upper case: English
    /// month and weekday names are capitalised, and that is what tells "May" from "may".
    /// </summary>
    private static string Alt(IEnumerable<string> phrases, bool capital = false)
    {
        var parts = phrases.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length).Select(p =>
        {
            var esc = Regex.Escape(p).Replace(@"\ ", @"\s+").Replace("-", @"[\s-]?");
            if (!capital || p.Length == 0 || !char.IsLetter(p[0])) return esc;
            return $"(?-i:{char.ToUpperInvariant(p[0])}){esc[1..]}";
        });
        return "(?:" + string.Join("|", parts) + ")";
    }
}
