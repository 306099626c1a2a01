namespace Sitrep.Recognize.Dates;

/// <summary>How a date was written, which tells how it was (or can be) resolved.</summary>
public enum DateKind
{
    /// <summary>A calendar date: "1 June", "June 1, 2025", "2025-06-01", "May 2019".</summary>
    Absolute,
    /// <summary>A weekday, resolved against the publication day: "on Sunday", "Tuesday night", "last Friday".</summary>
    Weekday,
    /// <summary>A word relative to the publication day: "yesterday", "last week", "two days ago", "late May".</summary>
    Relative,
    /// <summary>A part of a day with no day named: "overnight".</summary>
    PartOfDay,
    /// <summary>A distance from another event, not from publication: "12 hours later"; see <see cref="DateMention.OffsetHours"/>.</summary>
    Offset,
    /// <summary>A stretch with both ends named.</summary>
    Range,
    /// <summary>The start of a state of affairs ("since 2015", "since May 10, 2024"): background, not an event date.</summary>
    Since,
    /// <summary>A year alone: "in 2019", "last year".</summary>
    Year,
}
