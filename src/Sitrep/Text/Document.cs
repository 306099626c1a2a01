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

    public IEnumerable<T> MentionsIn<T>(Sentence sentence) where T : Mention
    {
        foreach (var m in Mentions)
            if (m is T t && sentence.Span.Contains(m.Span)) yield return t;
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
