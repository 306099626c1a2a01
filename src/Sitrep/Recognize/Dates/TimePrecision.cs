namespace Sitrep.Recognize.Dates;

/// <summary>
/// How exactly a date is known. 1–3 are ACLED's <c>time_precision</c> codes (day, a range within a week, a
/// range within a month); <see cref="Year"/> is ours, for background ("in 2019") that ACLED would not code.
/// </summary>
public enum TimePrecision { Unknown = 0, Day = 1, Week = 2, Month = 3, Year = 4 }
