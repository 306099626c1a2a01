namespace Sitrep.Text;

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

/// <summary>A token: a span into the document's text and its kind. Tokens never copy text.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public int Start => Span.Start;
    public int End => Span.End;
}
