using Sitrep.Diagnostics;
using Sitrep.Recognize;

namespace Sitrep.Text;

/// <summary>
/// One article and everything the pipeline learned about it. The original text is stored once; lines,
/// sentences, tokens and mentions are spans into it. Stages add to a document in order; it is not
/// thread-safe, and one document is processed by one thread.
/// </summary>
public sealed class Document
{
    public Document(string text, string id = "-")
    {
        Text = text;
        Id = id;
    }

    public string Id { get; }
    /// <summary>The text as read, never rewritten (UTF-16; offsets everywhere index into it).</summary>
    public string Text { get; }

    /// <summary>The outlet or feed the article came from, when known (e.g. "AP", "Reuters").</summary>
    public string? SourceName { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }

    /// <summary>The publication date the relative dates are anchored to, and where it came from.</summary>
    public DateOnly? Published { get; set; }
    public PublishedSource PublishedFrom { get; set; } = PublishedSource.None;
    public TextSpan? PublishedSpan { get; set; }

    /// <summary>ISO 639-1 code of the article's language ("en", "fr"), as detected.</summary>
    public string Language { get; set; } = "en";

    public List<Line> Lines { get; } = new();
    public List<Token> Tokens { get; } = new();
    public List<Sentence> Sentences { get; } = new();
    public List<Mention> Mentions { get; } = new();
    public List<Diagnostic> Diagnostics { get; } = new();

    /// <summary>The whole dateline that opens the story ("BAMAKO, Mali (AP) —", "YAOUNDE, Nov. 15 —"), if any.</summary>
    public TextSpan? Dateline { get; set; }
    /// <summary>The place words of the dateline ("BAMAKO, Mali"), a context for the story's places.</summary>
    public TextSpan? DatelinePlace { get; set; }

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public IEnumerable<T> MentionsOf<T>() where T : Mention => Mentions.OfType<T>();

    /// <summary>
    /// The mentions of type <typeparamref name="T"/> inside a sentence, in the order they were added. Backed by an
    /// index of mention positions per sentence, brought up to date as mentions are added, so asking sentence by
    /// sentence costs what the sentence holds, not what the document holds.
    /// </summary>
    /// <remarks>Stages add mentions and may replace one in place (<c>Mentions[i] = m with { ... }</c>) only with
    /// the same span; removing mentions is not supported once the index is in use.</remarks>
    public IEnumerable<T> MentionsIn<T>(Sentence sentence) where T : Mention
    {
        if (Sentences.Count == 0 || sentence.Index >= Sentences.Count || !ReferenceEquals(Sentences[sentence.Index], sentence))
        {
            foreach (var m in Mentions)
                if (m is T t && sentence.Span.Contains(m.Span)) yield return t;
            yield break;
        }
        var bucket = MentionIndex(sentence.Index);
        for (int k = 0; k < bucket.Count; k++)
            if (Mentions[bucket[k]] is T t && sentence.Span.Contains(t.Span)) yield return t;
    }

    private List<int>[]? _bySentence;
    private int _indexed;

    private List<int> MentionIndex(int sentence)
    {
        if (_bySentence is null || _bySentence.Length != Sentences.Count)
        {
            _bySentence = new List<int>[Sentences.Count];
            for (int i = 0; i < _bySentence.Length; i++) _bySentence[i] = new List<int>();
            _indexed = 0;
        }
        for (; _indexed < Mentions.Count; _indexed++)
            if (SentenceAt(Mentions[_indexed].Span.Start) is { } s) _bySentence[s.Index].Add(_indexed);
        return _bySentence[sentence];
    }

    public Sentence? SentenceAt(int position)
    {
        // Sentences are in text order: binary search by start.
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (position < s.Span.Start) hi = mid - 1;
            else if (position >= s.Span.End) lo = mid + 1;
            else return s;
        }
        return null;
    }

    public void Warn(string code, string message, TextSpan? span = null) =>
        Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, span));
}

public enum PublishedSource : byte { None, Given, DateLine, Dateline, Byline, Text }
