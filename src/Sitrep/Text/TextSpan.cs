namespace Sitrep.Text;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in <see cref="Document.Text"/>.
/// Every recognised value and every output field carries one, so any field can be traced to its text.
/// </summary>
/// <remarks>The default value is the empty span at 0. Thread-safe (immutable).</remarks>
public readonly record struct TextSpan
{
    public int Start { get; }
    public int End { get; }

    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(end), $"A span needs 0 <= start <= end, got [{start}, {end}).");
        Start = start;
        End = end;
    }

    public int Length => End - Start;
    public bool IsEmpty => Start == End;
    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The smallest span that covers both.</summary>
    public TextSpan Cover(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start},{End})";
}
