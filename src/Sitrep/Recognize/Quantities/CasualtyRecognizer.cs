using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Recognize.Quantities;

/// <summary>
/// Finds counts of people tied to what happened to them ("killed at least 60 soldiers", "13 extremists had
/// been killed", "wounded 40 more", "10 other people were wounded", "a soldier was killed"), with ACLED's
/// values for vague words. Numbers that are times, distances, ages, years or dates are not counts.
/// Reads story sentences only.
/// </summary>
public sealed partial class CasualtyRecognizer : IStage
{
    private readonly QuantityLexicon _lex;

    public CasualtyRecognizer() : this(QuantityLexicon.Default) { }
    internal CasualtyRecognizer(QuantityLexicon lexicon) => _lex = lexicon;

    public string Name => "casualties";

    [GeneratedRegex(@"^\s*(?:a\.?m\.?|p\.?m\.?|h\b|hrs?\b|hours?\b|minutes?\b|days?\b|weeks?\b|months?\b|years?\b|year-old|-year|km\b|kms\b|kilomet|miles?\b|metres?\b|meters?\b|percent|per cent|%|gmt|local time|o'clock|st\b|nd\b|rd\b|th\b|times\b|million|billion|dollars|rupees|naira|shillings|francs|cfa|euros?\b|pounds\b|vehicles|cars|motorcycles|houses|homes|buildings|shops|villages|towns|attacks|incidents|rounds|rockets|missiles|drones|shells|bombs|kilograms|kg\b|tonnes|tons|head of|cattle|livestock|ranked|of the \d)", RegexOptions.IgnoreCase)]
    private static partial Regex NotPeopleAfter();

    [GeneratedRegex(@"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\$|€|£|\bno\.|\bnumber|\bresolution|\barticle|\bhighway|\broute|\bbrigade|\bbattalion|\bdivision|\bregiment|\bunit|\bsection|\bpage|\bcovid-|\bage[ds]?|\baged|\bunder|\buntil)\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex NotPeopleBefore();

    [GeneratedRegex(@"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"(?:including|among them|among whom|of whom|of them|among the dead|among the victims|comprising)\s*(?:were\s+|are\s+)?(?:at least\s+|some\s+|about\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SubsetBefore();

    [GeneratedRegex(@"\b(?:released|freed|rescued|liberated|release|free|rescue|reunited)\s+(?:the\s+|all\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FreedBefore();

    [GeneratedRegex(@"\G\s+of\s+(?:its|their|his|her|our)\s+own\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfOwn();

    [GeneratedRegex(@"\G\s*(?:$|[,.;:)]|(?:in|at|near|on|and|or|while|with)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BareAfter();

    // A count with a verb of its own ("and 11 other people were being treated") is its own clause.
    [GeneratedRegex(@"\G\s*(?:were|was|are|is|have|has|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnVerbAfter();

    [GeneratedRegex(@"\bthere\s+(?:were|are|had been)\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PresentBefore();

    [GeneratedRegex(@"(?:^|[\s,;])(?:and|or|while|with)\s*$|,\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ConjunctionBefore();

    // "all of those who didn't die were taken prisoner", "the rest were captured"
    [GeneratedRegex(@"\b(?:all\s+(?:of\s+)?(?:those|the\s+others|the\s+rest|the\s+survivors|others)\s+(?:who|that)\s+(?:didn[’']t|did\s+not|had\s+not|hadn[’']t)\s+(?:die|been\s+killed)|the\s+(?:rest|survivors|others))\s+(?:were|was|have\s+been|had\s+been)\s+(?<o>taken\s+prisoner|taken\s+captive|captured|abducted|kidnapped|taken\s+hostage)", RegexOptions.IgnoreCase)]
    private static partial Regex Remainder();

    // "a soldier was killed", "an anti-polio worker was shot dead", "another man was also shot in the leg"
    [GeneratedRegex(@"\b(?<n>an?|another|one)\s+(?<mods>(?:[\w’'-]+\s+){0,2}?)(?<g>[\w’'-]+)(?:,?\s+who\s+[^,.;]{1,60}?,?)?\s+(?:was|has\s+been|had\s+been|is|got)\s+(?:also\s+|reportedly\s+|allegedly\s+|later\s+)*(?<o>shot\s+dead|shot\s+in\s+the|killed|wounded|injured|abducted|kidnapped|beheaded|murdered|hacked\s+to\s+death|beaten\s+to\s+death|captured|arrested|taken\s+prisoner|died)", RegexOptions.IgnoreCase)]
    private static partial Regex SingleVictim();

    // "The bomber, who also died in the blast": the attacker's own death, told in a relative clause.
    [GeneratedRegex(@"\b(?<n>the|a)\s+(?:suicide\s+)?(?<g>bomber|attacker|assailant|gunman)\s*,\s*who\s+(?:also\s+)?(?<o>died|was\s+killed|was\s+shot\s+dead|blew\s+himself\s+up|blew\s+herself\s+up)", RegexOptions.IgnoreCase)]
    private static partial Regex AttackerDied();

    public void Run(Document doc)
    {
        if (doc.Language != "en") return;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Role is not (LineRole.Body or LineRole.Standfirst)) continue;
            Recognize(doc, sentence);
        }
    }

    private void Recognize(Document doc, Sentence sentence)
    {
        string text = doc.Text;
        int s0 = sentence.Span.Start, s1 = sentence.Span.End;
        string s = text.Substring(s0, s1 - s0);
        var found = new List<CasualtyMention>();
        CasualtyMention? previous = null;

        foreach (Match m in _lex.NumberPhrases(s))
        {
            var count = ParseCount(m);
            if (count is null) continue;
            int numEnd = m.Index + m.Length;
            // Spans, not substrings: no copy per number.
            var before = s.AsSpan(0, m.Index);
            var after = s.AsSpan(numEnd);
            if (NotPeopleAfter().IsMatch(after) || MonthAfter().IsMatch(after)) continue;
            if (m.Groups["q"].Success is false && NotPeopleBefore().IsMatch(before) && !SubsetBefore().IsMatch(before)) continue;
            if (m.Groups["n"].Success && m.Groups["n"].Value.Length == 4 && m.Groups["n"].Value[0] is '1' or '2' && !m.Groups["q"].Success) continue; // a year

            // "three of its own members": the speaker's own side, named by the word after.
            var own = OfOwn().Match(s, numEnd);
            var (group, groupWord, groupEnd) = FindGroup(s, own.Success && own.Index == numEnd ? numEnd + own.Length : numEnd);
            bool article = m.Groups["w"].Success && m.Groups["w"].Value.Length <= 2 && !m.Groups["q"].Success;
            if (article && (group is null || groupEnd - numEnd > 30)) continue; // "a"/"an" counts only "a soldier", "an officer"
            int outcomeFrom = groupEnd >= 0 ? groupEnd : numEnd;
            Outcome? outcome = null;
            TextSpan outcomeSpan = default;
            if (groupEnd > numEnd)
            {
                // "more than 100 injured people": the outcome stands between the count and the group.
                var between = _lex.OutcomeAfter.Match(s, numEnd, groupEnd - numEnd);
                if (between.Success && between.Index == numEnd && !IsLeaveVerb(between.Groups["o"].Value))
                {
                    var o = between.Groups["o"];
                    outcome = _lex.Outcomes[Normalize(o.Value)];
                    outcomeSpan = new TextSpan(s0 + o.Index, s0 + o.Index + o.Length);
                }
            }
            int windowStart = Math.Max(0, m.Index - 60);
            if (outcome is null)
            {
                var bm = _lex.MayEndWithOutcome(s, windowStart, m.Index) ? _lex.OutcomeBefore.Match(s, windowStart, m.Index - windowStart) : null;
                if (bm is { Success: true } && bm.Index + bm.Length == m.Index)
                {
                    var o = bm.Groups["o2"].Success ? bm.Groups["o2"] : bm.Groups["o"];
                    if (!IsLeaveVerb(o.Value))
                    {
                        outcome = _lex.Outcomes[Normalize(o.Value)];
                        outcomeSpan = new TextSpan(s0 + o.Index, s0 + o.Index + o.Length);
                    }
                }
            }
            var after2 = _lex.OutcomeAfter.Match(s, outcomeFrom, s.Length - outcomeFrom);
            // The anchored pattern must start right where the group (or number) ends.
            if (outcome is null && after2.Success && after2.Index == outcomeFrom)
            {
                var o = after2.Groups["o"];
                outcome = _lex.Outcomes[Normalize(o.Value)];
                outcomeSpan = new TextSpan(s0 + o.Index, s0 + o.Index + o.Length);
                if (IsLeaveVerb(o.Value)) outcome = null;
            }
            bool subset = SubsetBefore().IsMatch(before);
            // "released four kidnapped people": victims freed, not taken.
            if (FreedBefore().IsMatch(before)) continue;
            if (outcome is null && PresentBefore().IsMatch(before) && group is not null)
            {
                outcome = Outcome.Present;
                outcomeSpan = new TextSpan(s0 + m.Index, s0 + numEnd);
            }
            // Only a bare count carries the verb before it ("... 12 in A and 14 in B"); "two military sources said" does not.
            bool bare = group is not null || BareAfter().IsMatch(s, numEnd);
            if (outcome is null && !article && bare && previous is not null && (subset || ConjunctionBefore().IsMatch(before)) && !OwnVerbAfter().IsMatch(s, outcomeFrom))
            {
                // "twelve were killed in Koundjili and 14 in Djoumjoum"; "including 14 children"
                outcome = previous.Outcome;
                outcomeSpan = previous.OutcomeSpan;
                if (group is null) { group = previous.Group; groupWord = previous.GroupWord; }
            }
            if (outcome is null) continue;
            // "wounded 40 more", "and 10 others": the same people as the count before them.
            if ((group is null || groupWord is "more" or "others" or "other people") && previous is not null && groupWord is not "other people")
            {
                group ??= previous.Group;
                if (groupWord is "more" or "others") group = previous.Group;
            }
            int end = Math.Max(outcomeSpan.End - s0, groupEnd >= 0 ? groupEnd : numEnd);
            int start = Math.Min(m.Index, outcomeSpan.Start - s0);
            var mention = new CasualtyMention(
                new TextSpan(s0 + start, s0 + end), count.Value, group ?? VictimGroup.People, groupWord ?? "",
                outcome.Value, subset, false, new TextSpan(s0 + m.Index, s0 + numEnd), outcomeSpan);
            found.Add(mention);
            previous = mention;
        }

        foreach (Match m in SingleVictim().Matches(s))
        {
            var g = Normalize(m.Groups["g"].Value);
            if (!_lex.Groups.TryGetValue(g, out var group) && !_lex.Groups.TryGetValue(g + "s", out group)) continue;
            var span = new TextSpan(s0 + m.Index, s0 + m.Index + m.Length);
            if (found.Any(f => f.Span.Overlaps(span))) continue;
            var o = m.Groups["o"];
            var outcome = _lex.Outcomes.TryGetValue(Normalize(o.Value), out var oc) ? oc : Outcome.Killed;
            if (o.Value.StartsWith("died", StringComparison.OrdinalIgnoreCase)) outcome = Outcome.Killed;
            found.Add(new CasualtyMention(span, Count.Exactly(1), group, g, outcome, false, false,
                new TextSpan(s0 + m.Groups["n"].Index, s0 + m.Groups["n"].Index + m.Groups["n"].Length),
                new TextSpan(s0 + o.Index, s0 + o.Index + o.Length)));
        }

        foreach (Match m in AttackerDied().Matches(s))
        {
            var span = new TextSpan(s0 + m.Index, s0 + m.Index + m.Length);
            if (found.Any(f => f.Span.Overlaps(span))) continue;
            var o = m.Groups["o"];
            found.Add(new CasualtyMention(span, Count.Exactly(1), VictimGroup.Militants, m.Groups["g"].Value, Outcome.Killed, false, false,
                new TextSpan(s0 + m.Groups["n"].Index, s0 + m.Groups["n"].Index + m.Groups["n"].Length), new TextSpan(s0 + o.Index, s0 + o.Index + o.Length)));
        }

        foreach (Match m in Remainder().Matches(s))
        {
            var o = m.Groups["o"];
            var outcome = _lex.Outcomes.TryGetValue(Normalize(o.Value), out var oc) ? oc : Outcome.Captured;
            found.Add(new CasualtyMention(new TextSpan(s0 + m.Index, s0 + m.Index + m.Length), default, VictimGroup.People, "",
                outcome, false, true, new TextSpan(s0 + m.Index, s0 + m.Index), new TextSpan(s0 + o.Index, s0 + o.Index + o.Length)));
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        doc.Mentions.AddRange(found);
    }

    private static bool IsLeaveVerb(string w) => w.StartsWith("leav", StringComparison.OrdinalIgnoreCase) || w.Equals("left", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lower case, each run of white space one space (as Regex.Replace(s, @"\s+", " ") did; char.IsWhiteSpace
    /// is the same set as \s). Returns the lower-cased string itself when nothing needs collapsing.</summary>
    private static string Normalize(string s)
    {
        var lower = s.ToLowerInvariant();
        int i = 0;
        for (; i < lower.Length; i++)
        {
            char c = lower[i];
            if (c == ' ' && (i + 1 == lower.Length || !char.IsWhiteSpace(lower[i + 1]))) continue;
            if (char.IsWhiteSpace(c)) break;
        }
        if (i == lower.Length) return lower;
        var sb = new System.Text.StringBuilder(lower.Length);
        bool space = false;
        foreach (char c in lower)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        if (space) sb.Append(' ');
        return sb.ToString();
    }

    /// <summary>The group word after a count, skipping up to three modifiers ("more", "suspected Boko Haram").</summary>
    private (VictimGroup?, string?, int) FindGroup(string s, int from)
    {
        int pos = from;
        for (int skipped = 0; skipped <= 4; skipped++)
        {
            while (pos < s.Length && s[pos] == ' ') pos++;
            if (pos >= s.Length || !char.IsLetter(s[pos])) return (null, null, -1);
            // Try the longest group phrase starting here.
            var words = NextWords(s, pos, _lex.MaxGroupWords);
            for (int n = words.Count; n >= 1; n--)
            {
                // An ASCII phrase with single spaces is its own key up to case, and the table ignores case: looked up
                // as a span, so a miss makes no string. Anything else goes through Normalize as before.
                var raw = s.AsSpan(pos, words[n - 1] - pos);
                if (System.Text.Ascii.IsValid(raw) && !raw.Contains("  ", StringComparison.Ordinal))
                {
                    if (!_lex.Groups.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(raw, out var hit)) continue;
                    return (hit, Normalize(raw.ToString()), words[n - 1]);
                }
                var phrase = Normalize(raw.ToString());
                if (_lex.Groups.TryGetValue(phrase, out var g)) return (g, phrase, words[n - 1]);
            }
            if (Stop.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(pos, words[0] - pos))) return (null, null, -1);
            pos = words[0];
        }
        return (null, null, -1);
    }

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "were", "was", "have", "has", "had", "are", "is", "and", "or", "in", "on", "at", "by", "from", "to", "who", "that",
        "with", "as", "for", "after", "before", "during", "when", "while", "of", "into", "the", "a", "an", "their", "his", "her",
    };


    /// <summary>End offsets of the next <paramref name="max"/> words starting at <paramref name="pos"/>.</summary>
    private static List<int> NextWords(string s, int pos, int max)
    {
        var ends = new List<int>(max);
        int i = pos;
        while (ends.Count < max && i < s.Length)
        {
            while (i < s.Length && s[i] == ' ') i++;
            if (i >= s.Length || !(char.IsLetter(s[i]))) break;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '-' or '\'' or '’')) i++;
            ends.Add(i);
        }
        if (ends.Count == 0) ends.Add(Math.Min(pos + 1, s.Length));
        return ends;
    }

    private Count? ParseCount(Match m)
    {
        int low;
        bool vague = false;
        if (m.Groups["n"].Success)
        {
            var digits = m.Groups["n"].Value.Replace(",", "").Replace(" ", "");
            if (!int.TryParse(digits, out low)) return null;
        }
        else
        {
            var w = Normalize(m.Groups["w"].Value);
            if (_lex.NumberWords.TryGetValue(w, out low)) { }
            else if (_lex.VagueWords.TryGetValue(w, out low)) vague = true;
            else return null;
        }
        int? high = low;
        string qualifier = "";
        if (m.Groups["q"].Success)
        {
            qualifier = Normalize(m.Groups["q"].Value);
            if (_lex.Qualifiers[qualifier] == "at_least") high = null;
        }
        if (vague) high = null;
        if (m.Groups["hi"].Success && int.TryParse(m.Groups["hi"].Value, out var hi) && hi > low) high = hi;
        return new Count(low, high, vague, vague ? Normalize(m.Groups["w"].Value) : qualifier);
    }
}
