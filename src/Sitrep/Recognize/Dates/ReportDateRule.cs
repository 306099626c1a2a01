using Sitrep.Text;

namespace Sitrep.Recognize.Dates;

/// <summary>
/// Tells a date that says when something was SAID ("police said on Tuesday", "told AFP on Friday", "in a
/// statement released Monday", "On Saturday, the ministry said") from one that says when the event happened.
/// </summary>
/// <remarks>
/// Only the words next to the date count: "police said the attack on Sunday" is an event date, because the
/// reporting verb is not next to it. The words are data (reporting_verbs, reporting_nouns, ... in dates.json).
/// </remarks>
internal static class ReportDateRule
{
    private const int MaxToldObjectWords = 4;
    private const int MaxWordsToMainVerb = 12;

    public static bool IsReport(string text, TextSpan sentence, TextSpan date, DateLexicon lex)
    {
        // "Tuesday's clashes": a possessive date names the day of the thing it owns, never of a report.
        if (date.End + 1 < text.Length && text[date.End] is '\'' or '’' && text[date.End + 1] == 's') return false;
        if (date.Length > 2 && text[date.End - 1] == 's' && text[date.End - 2] is '\'' or '’') return false;
        var (word, at, atStart) = Prev(text, sentence.Start, date.Start);
        // "said on Tuesday", "said late on Tuesday": the preposition and qualifiers sit between.
        while (word is not null && lex.ReportSkip.Contains(word))
            (word, at, atStart) = Prev(text, sentence.Start, at);

        if (word is null)
            return atStart && MainVerbIsReporting(text, sentence, date.End, lex);
        if (lex.ReportingVerbs.Contains(word) || lex.ReportingNouns.Contains(word)) return true;
        if (lex.ReportingParticiples.Contains(word))
        {
            // "in a statement released Monday"
            var (noun, _, _) = Prev(text, sentence.Start, at);
            return noun is not null && lex.ReportingNouns.Contains(noun);
        }
        // "told AFP on Friday", "told The Associated Press on Friday", "told reporters on Monday"
        for (int i = 0; i < MaxToldObjectWords && word is not null; i++)
        {
            if (!(char.IsUpper(word[0]) || lex.ToldObjects.Contains(word))) break;
            (word, at, _) = Prev(text, sentence.Start, at);
            if (word is not null && lex.ToldVerbs.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>
    /// For a date that opens its sentence ("On Saturday, the X said ..."): is the first verb a reporting verb?
    /// A word ending in -ed that is not a reporting verb ("killed", "attacked") ends the search.
    /// </summary>
    private static bool MainVerbIsReporting(string text, TextSpan sentence, int from, DateLexicon lex)
    {
        int i = from, words = 0;
        while (i < sentence.End && words < MaxWordsToMainVerb)
        {
            char c = text[i];
            if (c is '.' or ';' or '?' or '!' or ':') return false;
            if (!char.IsLetter(c)) { i++; continue; }
            int s = i;
            while (i < sentence.End && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-')) i++;
            var w = text.AsSpan(s, i - s);
            words++;
            var lookup = lex.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.Contains(w)) return true;
            if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return false;
    }

    /// <summary>
    /// The word before <paramref name="pos"/> (letters, digits, apostrophes), its start, and whether the sentence
    /// start was reached. A comma, colon, dash or bracket in between gives null: the date is in another clause.
    /// </summary>
    private static (string? Word, int Start, bool AtSentenceStart) Prev(string text, int min, int pos)
    {
        int i = pos - 1;
        while (i >= min && char.IsWhiteSpace(text[i])) i--;
        if (i < min) return (null, min, true);
        while (i >= min && text[i] is '"' or '“' or '‘' or '\'') i--;
        if (i < min) return (null, min, true);
        if (!char.IsLetterOrDigit(text[i])) return (null, i, false);
        int end = i + 1;
        while (i >= min && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-' or '.')) i--;
        int start = i + 1;
        while (start < end && text[start] == '.') start++;
        return (text.Substring(start, end - start).TrimEnd('.'), start, false);
    }
}
