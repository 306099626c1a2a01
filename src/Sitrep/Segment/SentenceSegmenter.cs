using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Segment;

/// <summary>
/// Splits each line the layout analyzer kept (story, headline, standfirst, byline, date lines) into
/// sentences and tokens. Captions and furniture get no sentences, so nothing in them is ever read as an
/// event, an actor or a place. A period after an abbreviation ("Lt.", "Gen.", "U.S.", "Jan.") or an
/// initial does not end a sentence.
/// </summary>
public sealed class SentenceSegmenter : IStage
{
    private readonly HashSet<string> _abbreviations;

    public SentenceSegmenter() : this(LayoutLexicon.Default) { }
    internal SentenceSegmenter(LayoutLexicon lexicon) => _abbreviations = lexicon.Abbreviations;

    public string Name => "sentences";

    public void Run(Document doc)
    {
        for (int li = 0; li < doc.Lines.Count; li++)
        {
            var line = doc.Lines[li];
            if (line.Role is LineRole.Blank or LineRole.Caption or LineRole.Furniture) continue;
            SplitParagraph(doc, line.Span, li, line.Role);
        }
    }

    private void SplitParagraph(Document doc, TextSpan para, int paragraph, LineRole role)
    {
        var text = doc.Text;
        int start = para.Start;
        for (int i = para.Start; i < para.End; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            int j = i + 1;
            while (j < para.End && text[j] is '.' or '!' or '?') j++;
            while (j < para.End && text[j] is '"' or '”' or '’' or '\'' or ')' or ']' or '»') j++;
            if (j >= para.End) break;
            if (!char.IsWhiteSpace(text[j])) continue;
            int k = j;
            while (k < para.End && char.IsWhiteSpace(text[k])) k++;
            if (k >= para.End) break;
            char next = text[k];
            bool opensSentence = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\'' or '(' or '«';
            if (!opensSentence) continue;
            if (c == '.' && IsAbbreviation(text, para.Start, i)) continue;
            AddSentence(doc, new TextSpan(start, j), paragraph, role);
            start = k;
            i = k - 1;
        }
        if (start < para.End) AddSentence(doc, TrimEnd(text, new TextSpan(start, para.End)), paragraph, role);
    }

    /// <summary>The word before the period at <paramref name="dot"/> is an abbreviation or an initial.</summary>
    private bool IsAbbreviation(string text, int min, int dot)
    {
        int w = dot;
        while (w > min && (char.IsLetter(text[w - 1]) || text[w - 1] == '.' || text[w - 1] == '-')) w--;
        if (w == dot) return false;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0])) return true;           // an initial: "John F. Kennedy"
        if (word.Contains('.')) return true;                                   // "U.S", "a.m"
        return _abbreviations.Contains(word.ToString());
    }

    private static TextSpan TrimEnd(string text, TextSpan s)
    {
        int b = s.End;
        while (b > s.Start && char.IsWhiteSpace(text[b - 1])) b--;
        return new TextSpan(s.Start, b);
    }

    private static void AddSentence(Document doc, TextSpan span, int paragraph, LineRole role)
    {
        if (span.IsEmpty) return;
        int first = doc.Tokens.Count;
        Tokenizer.Tokenize(doc.Text, span, doc.Tokens);
        doc.Sentences.Add(new Sentence(doc.Sentences.Count, span, first, doc.Tokens.Count, paragraph, role));
    }
}
