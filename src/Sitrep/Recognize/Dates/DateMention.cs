using Sitrep.Text;

namespace Sitrep.Recognize.Dates;

/// <summary>
/// A date (or a stretch of dates) told in the text, with what it resolves to.
/// </summary>
/// <param name="Span">The words that tell the date ("early Saturday", "June 1, 2025"), half-open UTF-16 offsets.</param>
/// <param name="Earliest">First day the date may be (inclusive); null when it cannot be resolved (no publication date, or an offset).</param>
/// <param name="Latest">Last day the date may be (inclusive); equal to <paramref name="Earliest"/> for a single day.</param>
/// <param name="Precision">ACLED's time precision of the range (Day, Week, Month) or Year.</param>
/// <param name="Kind">How the date was written.</param>
/// <param name="IsReportDate">The date tells when something was said ("said on Tuesday"), not when the event happened.</param>
/// <param name="OffsetHours">For <see cref="DateKind.Offset"/>: hours from the event it refers to (negative = before).</param>
/// <param name="Why">How the date was resolved, for a reader ("latest Sunday on or before published 2025-06-03").</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DateMention(TextSpan Span, DateOnly? Earliest, DateOnly? Latest, TimePrecision Precision,
    DateKind Kind, bool IsReportDate, double? OffsetHours, string Why) : Mention(Span)
{
    /// <summary>The single day, when the date is known to the day.</summary>
    public DateOnly? Day => Precision == TimePrecision.Day ? Earliest : null;
    public bool IsResolved => Earliest is not null;

    public override string ToString()
    {
        string when = Earliest is null ? "unresolved"
            : Earliest == Latest ? $"{Earliest:yyyy-MM-dd}" : $"{Earliest:yyyy-MM-dd}..{Latest:yyyy-MM-dd}";
        string offset = OffsetHours is { } h ? $" {h:+0.##;-0.##}h" : "";
        return $"Date {Span} {Kind} {when} {Precision}{offset}{(IsReportDate ? " report" : "")} ({Why})";
    }
}
