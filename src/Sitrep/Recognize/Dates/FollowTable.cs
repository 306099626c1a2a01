namespace Sitrep.Recognize.Dates;

/// <summary>
/// For each word a date phrase can begin with, the words that may come next in any phrase it begins, so the date
/// pattern is tried after "the" only where "day", "end", "night", ... follow. A word that can make a date by itself
/// ("today", "May") or begins a phrase whose next part is not a word has no entry: it is always tried.
/// </summary>
/// <remarks>
/// Only narrows where the pattern is tried, never what it matches: the next word is compared as a prefix of the
/// text's next run of letters, after white space and hyphens (every separator the phrases allow).
/// </remarks>
internal sealed class FollowTable
{
    private sealed class Next
    {
        public readonly List<string> Words = [];
        public bool Digit;
    }

    // A null value: the word is always tried.
    private readonly Dictionary<string, Next?> _next = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, Next?>.AlternateLookup<ReadOnlySpan<char>> Lookup => _next.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Records <paramref name="phrase"/>; when it is one word, what may follow it is the first word of one of
    /// <paramref name="followers"/> (null: anything) or, with <paramref name="digit"/>, a number.
    /// </summary>
    public void Add(string phrase, IEnumerable<string>? followers, bool digit)
    {
        var tokens = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return;
        var first = tokens[0];
        int run = LetterRun(first);
        if (run == 0) return;
        if (run < first.Length) { _next[first[..run]] = null; return; }   // "Sept.": keep it simple, always try
        if (_next.TryGetValue(first, out var next) && next is null) return;
        if (tokens.Length > 1) AddNext(first, tokens[1]);
        else if (followers is null) _next[first] = null;
        else
        {
            foreach (var f in followers)
            {
                var ft = f.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
                if (ft.Length > 0) AddNext(first, ft[0]);
            }
            if (digit && _next[first] is { } n) n.Digit = true;
        }
    }

    private void AddNext(string first, string word)
    {
        if (!_next.TryGetValue(first, out var next)) _next[first] = next = new Next();
        if (next is null) return;
        if (char.IsDigit(word[0])) { next.Digit = true; return; }
        int run = LetterRun(word);
        if (run == 0) { _next[first] = null; return; }
        next.Words.Add(word[..run]);
    }

    /// <summary>Whether a date may begin at the word text[start..end) given the word after it.</summary>
    public bool MayBegin(string text, int start, int end, int limit)
    {
        if (!Lookup.TryGetValue(text.AsSpan(start, end - start), out var next) || next is null) return true;
        int i = end;
        while (i < limit && (char.IsWhiteSpace(text[i]) || text[i] == '-')) i++;
        if (i >= limit) return false;
        if (char.IsDigit(text[i])) return next.Digit;
        var rest = text.AsSpan(i, limit - i);
        foreach (var w in next.Words)
            if (rest.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int LetterRun(string s)
    {
        int n = 0;
        while (n < s.Length && char.IsLetter(s[n])) n++;
        return n;
    }
}
