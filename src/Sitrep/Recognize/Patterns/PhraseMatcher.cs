using Sitrep.Segment;
using Sitrep.Text;

namespace Sitrep.Recognize.Patterns;

/// <summary>A phrase found by <see cref="PhraseMatcher{T}"/>: token range (half-open), character span, payload.</summary>
internal readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, TextSpan Span, T Value);

/// <summary>
/// Finds fixed phrases on token boundaries. Phrases are tokenized with Sitrep's own <see cref="Tokenizer"/>,
/// so they line up with the document's tokens; they are kept in a dictionary keyed on the first token, so a
/// document is scanned once, whatever the number of phrases (no regex per phrase).
/// </summary>
/// <remarks>
/// Matching is case-insensitive, except for acronym-like tokens ("SAF", "M23", "FAMa": more capitals than
/// small letters, or capitals with digits), which match only as written: "PDF" is the Myanmar militia, "pdf"
/// is not. A leading "the" in a phrase is dropped (so "the army" and "army" are one phrase; the span never
/// includes the article). Curly and straight apostrophes are the same; a possessive "'s" on the phrase's last
/// token is accepted and left out of the span ("JNIM's" gives "JNIM"). Built once, then read-only and thread-safe.
/// </remarks>
internal sealed class PhraseMatcher<T>
{
    private sealed record Pattern(string[] Tokens, bool[] Exact, T Value);

    private readonly Dictionary<string, List<Pattern>> _byFirst = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseMatcher() => _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; false when it has no tokens (empty, or only "the").</summary>
    public bool Add(string phrase, T value)
    {
        var toks = TokenizePhrase(phrase);
        if (toks.Length == 0) return false;
        var exact = toks.Select(IsAcronym).ToArray();
        var key = Normalize(toks[0]);
        if (!_byFirst.TryGetValue(key, out var list)) _byFirst[key] = list = new List<Pattern>(1);
        list.Add(new Pattern(toks, exact, value));
        Count++;
        return true;
    }

    /// <summary>The phrase's tokens as Sitrep tokenizes them, without a leading "the".</summary>
    public static string[] TokenizePhrase(string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length), tokens);
        var words = tokens.Select(t => phrase.Substring(t.Start, t.Span.Length)).ToList();
        if (words.Count > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
        return words.ToArray();
    }

    /// <summary>Every phrase that starts at a token in [first, end), all lengths (the caller resolves overlaps).</summary>
    public void MatchAll(string text, IReadOnlyList<Token> tokens, int first, int end, List<PhraseMatch<T>> into)
    {
        for (int i = first; i < end; i++) MatchAt(text, tokens, i, end, into);
    }

    /// <summary>Every phrase that starts at token <paramref name="i"/> and ends before <paramref name="end"/>.</summary>
    public void MatchAt(string text, IReadOnlyList<Token> tokens, int i, int end, List<PhraseMatch<T>> into)
    {
        var tok = tokens[i];
        if (tok.Kind is TokenKind.Punctuation or TokenKind.Symbol) return;
        var word = text.AsSpan(tok.Start, tok.Span.Length);
        if (Lookup(word) is { } list)
            foreach (var p in list) TryPattern(p, text, tokens, i, end, into);
        // A one-token phrase in the possessive: "Mali's", "JNIM's".
        int stem = PossessiveStem(word);
        if (stem > 0 && Lookup(word[..stem]) is { } list1)
            foreach (var p in list1)
                if (p.Tokens.Length == 1 && TokenEquals(word[..stem], p.Tokens[0], p.Exact[0]))
                    into.Add(new PhraseMatch<T>(i, i + 1, new TextSpan(tok.Start, tok.Start + stem), p.Value));
    }

    private List<Pattern>? Lookup(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny('’', '‘') < 0) return _lookup.TryGetValue(word, out var l) ? l : null;
        return _byFirst.TryGetValue(Normalize(word.ToString()), out var l2) ? l2 : null;
    }

    private static void TryPattern(Pattern p, string text, IReadOnlyList<Token> tokens, int i, int end, List<PhraseMatch<T>> into)
    {
        int n = p.Tokens.Length;
        if (i + n > end) return;
        int spanEnd = 0;
        for (int k = 0; k < n; k++)
        {
            var t = tokens[i + k];
            var w = text.AsSpan(t.Start, t.Span.Length);
            if (TokenEquals(w, p.Tokens[k], p.Exact[k])) { spanEnd = t.End; continue; }
            if (k == n - 1 && n > 1)
            {
                int stem = PossessiveStem(w);
                if (stem > 0 && TokenEquals(w[..stem], p.Tokens[k], p.Exact[k])) { spanEnd = t.Start + stem; continue; }
            }
            return;
        }
        into.Add(new PhraseMatch<T>(i, i + n, new TextSpan(tokens[i].Start, spanEnd), p.Value));
    }

    /// <summary>Length of the word without a trailing "'s" / "’s" (or "s'"), or 0 when it has none.</summary>
    internal static int PossessiveStem(ReadOnlySpan<char> w)
    {
        if (w.Length > 2 && (w[^1] is 's' or 'S') && w[^2] is '\'' or '’') return w.Length - 2;
        return 0;
    }

    private static bool TokenEquals(ReadOnlySpan<char> word, string pattern, bool exact)
    {
        if (word.Length != pattern.Length) return false;
        for (int k = 0; k < word.Length; k++)
        {
            char a = word[k], b = pattern[k];
            if (a == b) continue;
            if (a is '’' or '‘') a = '\'';
            if (b is '’' or '‘') b = '\'';
            if (a == b) continue;
            if (exact || char.ToLowerInvariant(a) != char.ToLowerInvariant(b)) return false;
        }
        return true;
    }

    private static string Normalize(string w) => w.Replace('’', '\'').Replace('‘', '\'');

    /// <summary>An acronym-like token matches only as written ("SAF", "M23", "3R", "FAMa", "IS-K").</summary>
    internal static bool IsAcronym(string token)
    {
        int upper = 0, lower = 0, digit = 0;
        foreach (var c in token)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) digit++;
        }
        return (upper >= 2 && upper > lower) || (upper >= 1 && digit >= 1 && lower == 0);
    }
}
