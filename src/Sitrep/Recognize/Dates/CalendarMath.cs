namespace Sitrep.Recognize.Dates;

/// <summary>Calendar arithmetic for relative dates. Weeks run Monday to Sunday (ISO 8601).</summary>
internal static class CalendarMath
{
    /// <summary>ISO weekday number: Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The latest day on or before <paramref name="anchor"/> that falls on ISO weekday <paramref name="weekday"/>.</summary>
    public static DateOnly LatestOnOrBefore(DateOnly anchor, int weekday) =>
        anchor.AddDays(-((IsoDay(anchor) - weekday + 7) % 7));

    /// <summary>The latest day strictly before <paramref name="anchor"/> on ISO weekday <paramref name="weekday"/>.</summary>
    public static DateOnly LatestBefore(DateOnly anchor, int weekday) => LatestOnOrBefore(anchor.AddDays(-1), weekday);

    public static DateOnly WeekStart(DateOnly d) => d.AddDays(1 - IsoDay(d));
    public static DateOnly MonthStart(DateOnly d) => new(d.Year, d.Month, 1);
    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;

    /// <summary>
    /// The year of a month (and day) written without one: the publication's year, or the year before when that
    /// would put the date after publication (a report does not tell of days still to come).
    /// </summary>
    public static int YearFor(DateOnly published, int month, int day)
    {
        int d = Math.Min(day, DateTime.DaysInMonth(published.Year, month));
        return new DateOnly(published.Year, month, d) > published ? published.Year - 1 : published.Year;
    }

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
