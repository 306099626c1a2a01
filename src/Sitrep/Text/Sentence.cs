namespace Sitrep.Text;

/// <summary>
/// A sentence: its span, the index range of its tokens in <see cref="Document.Tokens"/> (half-open),
/// the paragraph it belongs to and the role of the line(s) it came from.
/// </summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int EndToken, int Paragraph, LineRole Role)
{
    public int TokenCount => EndToken - FirstToken;
}
