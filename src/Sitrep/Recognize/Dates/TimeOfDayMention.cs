using Sitrep.Text;

namespace Sitrep.Recognize.Dates;

/// <summary>
/// A clock time ("around 8 a.m.", "at 2:30 am local time", "at about 13.00"). Not a date, and never a count:
/// the quantity recognizer skips numbers inside one.
/// </summary>
public sealed record TimeOfDayMention(TextSpan Span) : Mention(Span)
{
    public override string ToString() => $"TimeOfDay {Span}";
}
