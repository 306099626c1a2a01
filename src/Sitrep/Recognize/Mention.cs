using Sitrep.Text;

namespace Sitrep.Recognize;

/// <summary>Something a recognizer found in the text. Every mention carries the span that supports it.</summary>
public abstract record Mention(TextSpan Span);
