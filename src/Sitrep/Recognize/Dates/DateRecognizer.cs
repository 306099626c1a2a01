using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Diagnostics;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Recognize.Dates;

/// <summary>
/// Finds the dates told in the story's sentences (and the headline's and standfirst's; a mention's sentence
/// role says which) and resolves them against <see cref="Document.Published"/>: calendar dates, weekdays,
/// "yesterday", "last week", "late May", "two days ago", "since 2015", and offsets from another event
/// ("12 hours later", left for the event assembler). Clock times become <see cref="TimeOfDayMention"/>s.
/// </summary>
/// <remarks>
/// Without a publication date nothing relative is guessed: such mentions keep null dates and the document
/// gets one <see cref="DiagnosticCodes.DateUnresolved"/> warning. Today's date is never an anchor.
/// One instance serves every thread (the lexicon and its compiled patterns are immutable).
/// </remarks>
public sealed class DateRecognizer : IStage
{
    private readonly DateLexicon _lex;

    public DateRecognizer() : this(DateLexicon.Default) { }
    internal DateRecognizer(DateLexicon lexicon) => _lex = lexicon;

    public string Name => "dates";

    public void Run(Document doc)
    {
        bool unresolved = false;
        foreach (var s in doc.Sentences)
        {
            if (s.Role is not (LineRole.Body or LineRole.Standfirst or LineRole.Headline)) continue;
            int before = doc.Mentions.Count;
            unresolved |= Scan(doc.Text, s.Span, doc.Published, doc.Mentions);
            // The dateline's date ("YAOUNDE, Nov. 15 —") is the day of the report, not of an event.
            if (doc.Dateline is { } dl)
                for (int i = before; i < doc.Mentions.Count; i++)
                    if (doc.Mentions[i] is DateMention dm && dl.Contains(dm.Span)) doc.Mentions[i] = dm with { IsReportDate = true };
        }
        if (unresolved && doc.Published is null)
            doc.Warn(DiagnosticCodes.DateUnresolved,
                "dates relative to the report (weekdays, 'yesterday', days without a year) are left unresolved: no publication date; pass --published");
    }

    /// <summary>Adds the dates and clock times in <paramref name="range"/>; true when one needed a publication date it lacked.</summary>
    internal bool Scan(string text, TextSpan range, DateOnly? published, List<Mention> into)
    {
        bool unresolved = false;
        foreach (var m in _lex.TimeMatches(text, range))
            into.Add(new TimeOfDayMention(new TextSpan(m.Index, m.Index + m.Length)));
        foreach (var m in _lex.DateMatches(text, range))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            var d = Interpret(text, m, span, published);
            if (d is null) continue;
            if (!d.IsResolved && d.Kind != DateKind.Offset) unresolved = true;
            into.Add(d with { IsReportDate = d.Kind != DateKind.Offset && ReportDateRule.IsReport(text, range, span, _lex) });
        }
        return unresolved;
    }

    private const string NoAnchor = "no publication date to count from";

    private DateMention? Interpret(string text, Match m, TextSpan span, DateOnly? pub)
    {
        var g = m.Groups;
        if (g["iso"].Success) return Calendar(text, span, Int(g["iy"]), Int(g["im"]), Int(g["id"]), pub);
        if (g["num"].Success)
        {
            // Numeric dates are read month first (US pages), unless the first number cannot be a month.
            int a = Int(g["n1"]), b = Int(g["n2"]);
            return a > 12 ? Calendar(text, span, Int(g["ny"]), b, a, pub) : Calendar(text, span, Int(g["ny"]), a, b, pub);
        }
        if (g["rg"].Success)
            return DayRange(span, g["ry"].Success ? Int(g["ry"]) : null, _lex.Month(g["rm"].Value), Int(g["r1"]), Int(g["r2"]), pub);
        if (g["rg2"].Success)
            return DayRange(span, g["ry2"].Success ? Int(g["ry2"]) : null, _lex.Month(g["rm2"].Value), Int(g["r3"]), Int(g["r4"]), pub);
        if (g["dm"].Success) return Calendar(text, span, g["y"].Success ? Int(g["y"]) : null, _lex.Month(g["m"].Value), Int(g["d"]), pub);
        if (g["md"].Success) return Calendar(text, span, g["y2"].Success ? Int(g["y2"]) : null, _lex.Month(g["m2"].Value), Int(g["d2"]), pub);
        if (g["my"].Success) return MonthRange(text, span, Int(g["y3"]), _lex.Month(g["m3"].Value), 1, 31, pub, DateKind.Absolute, "month and year written");
        if (g["part"].Success)
        {
            if (!_lex.MonthParts.TryGetValue(DateLexicon.Norm(g["part"].Value), out var part)) return null;
            var (from, to) = part;
            return MonthRange(text, span, g["py"].Success ? Int(g["py"]) : null, _lex.Month(g["pm"].Value), from, to, pub,
                g["py"].Success ? DateKind.Absolute : DateKind.Relative, $"part of the month: days {from}–{to}");
        }
        if (g["ov"].Success)
        {
            // A night belongs to the day it begins on: "overnight into Sunday" is Saturday night, so Saturday.
            if (pub is not { } p) return Unresolved(span, DateKind.Weekday, TimePrecision.Day);
            if (g["oa"].Success)
            {
                var day = CalendarMath.LatestOnOrBefore(p, _lex.Weekday(g["oa"].Value));
                return Day(span, day, DateKind.Weekday, $"the night that begins on {day.DayOfWeek}, latest on or before published {p:yyyy-MM-dd}");
            }
            var morning = CalendarMath.LatestOnOrBefore(p, _lex.Weekday(g["ob"].Value));
            return Day(span, morning.AddDays(-1), DateKind.Weekday, $"the night into {morning.DayOfWeek} {morning:yyyy-MM-dd} begins the day before");
        }
        if (g["wk"].Success)
        {
            if (pub is not { } p) return Unresolved(span, DateKind.Weekday, TimePrecision.Day);
            int wd = _lex.Weekday(g["wd"].Value);
            if (g["wl"].Success)
            {
                var last = CalendarMath.LatestBefore(p, wd);
                return Day(span, last, DateKind.Weekday, $"latest {last.DayOfWeek} strictly before published {p:yyyy-MM-dd}");
            }
            if (g["wn"].Success)
            {
                var next = CalendarMath.LatestOnOrBefore(p.AddDays(7), wd);
                return Day(span, next, DateKind.Weekday, $"first {next.DayOfWeek} strictly after published {p:yyyy-MM-dd}");
            }
            var day = CalendarMath.LatestOnOrBefore(p, wd);
            return Day(span, day, DateKind.Weekday, $"latest {day.DayOfWeek} on or before published {p:yyyy-MM-dd}");
        }
        if (g["rel"].Success)
            return _lex.Relative.TryGetValue(DateLexicon.Norm(g["rel"].Value), out var rel) ? RelativeWords(span, rel, pub) : null;
        if (g["ago"].Success)
        {
            int n = _lex.Number(g["an"].Value);
            if (n == 0 || !_lex.CalendarUnits.TryGetValue(DateLexicon.Norm(g["au"].Value), out var unit)) return null;
            if (pub is not { } p) return Unresolved(span, unit == "year" ? DateKind.Year : DateKind.Relative, Precision(unit));
            return unit switch
            {
                "day" => Day(span, p.AddDays(-n), DateKind.Relative, $"{n} days before published {p:yyyy-MM-dd}"),
                "week" => Week(span, CalendarMath.WeekStart(p.AddDays(-7 * n)), CalendarMath.Min(CalendarMath.WeekStart(p.AddDays(-7 * n)).AddDays(6), p), $"the week {n} weeks before published {p:yyyy-MM-dd}"),
                "month" => MonthRange(text, span, p.AddMonths(-n).Year, p.AddMonths(-n).Month, 1, 31, pub, DateKind.Relative, $"{n} months before publication"),
                _ => YearRange(span, p.Year - n, DateKind.Year, $"{n} years before publication"),
            };
        }
        if (g["off"].Success)
        {
            int n = _lex.Number(g["on"].Value);
            if (n == 0 || !_lex.Units.TryGetValue(DateLexicon.Norm(g["ou"].Value), out var unitHours)
                || !_lex.Directions.TryGetValue(DateLexicon.Norm(g["od"].Value), out var direction)) return null;
            double hours = n * unitHours * direction;
            return new DateMention(span, null, null, TimePrecision.Unknown, DateKind.Offset, false, hours, "offset from the event it refers to");
        }
        if (g["offp"].Success)
            return _lex.OffsetPhrases.TryGetValue(DateLexicon.Norm(g["offp"].Value), out var offHours)
                ? new DateMention(span, null, null, TimePrecision.Unknown, DateKind.Offset, false, offHours, "offset from the event it refers to")
                : null;
        if (g["ovl"].Success)
        {
            if (pub is not { } p) return Unresolved(span, DateKind.PartOfDay, TimePrecision.Day);
            return Day(span, p.AddDays(-1), DateKind.PartOfDay, $"overnight: the night before published {p:yyyy-MM-dd} began the day before");
        }
        if (g["mo"].Success)
            return MonthRange(text, span, null, _lex.Month(g["mo"].Value), 1, 31, pub, DateKind.Relative, "month named without a year");
        if (g["yo"].Success)
            return YearRange(span, Int(g["yo"]), IsSince(text, span) ? DateKind.Since : DateKind.Year, "year written");
        return null;
    }

    private DateMention? Calendar(string text, TextSpan span, int? year, int month, int day, DateOnly? pub)
    {
        if (month == 0) return null;
        var kind = IsSince(text, span) ? DateKind.Since : DateKind.Absolute;
        if (year is { } y)
            return CalendarMath.TryDate(y, month, day) is { } d ? Day(span, d, kind, "date written in full") : null;
        if (pub is not { } p) return day <= 31 ? Unresolved(span, kind, TimePrecision.Day) : null;
        int yy = CalendarMath.YearFor(p, month, day);
        return CalendarMath.TryDate(yy, month, day) is { } dd
            ? Day(span, dd, kind, yy == p.Year ? "year of publication" : "year before publication (the date would be after it)")
            : null;
    }

    /// <summary>"1-3 June", "June 12 to 14, 2025": days of one month; ACLED's precision 2 within a week, else 3.</summary>
    private static DateMention? DayRange(TextSpan span, int? year, int month, int first, int last, DateOnly? pub)
    {
        if (month == 0 || last <= first) return null;
        int y;
        if (year is { } given) y = given;
        else if (pub is { } p) y = CalendarMath.YearFor(p, month, first);
        else return Unresolved(span, DateKind.Range, last - first < 7 ? TimePrecision.Week : TimePrecision.Month);
        if (CalendarMath.TryDate(y, month, first) is not { } a || CalendarMath.TryDate(y, month, last) is not { } b) return null;
        return new DateMention(span, a, b, b.DayNumber - a.DayNumber < 7 ? TimePrecision.Week : TimePrecision.Month, DateKind.Range, false, null,
            year is null ? "days of a month, year of publication" : "days of a month written in full");
    }

    private DateMention? MonthRange(string text, TextSpan span, int? year, int month, int from, int to, DateOnly? pub, DateKind kind, string why)
    {
        if (month == 0) return null;
        if (IsSince(text, span)) kind = DateKind.Since;
        int y;
        if (year is { } given) y = given;
        else if (pub is { } p) y = CalendarMath.YearFor(p, month, from);
        else return Unresolved(span, kind, TimePrecision.Month);
        var end = CalendarMath.MonthEnd(y, month);
        var first = new DateOnly(y, month, Math.Min(from, end.Day));
        var last = new DateOnly(y, month, Math.Min(to, end.Day));
        if (pub is { } pp && last > pp && first <= pp) last = pp;
        return new DateMention(span, first, last, TimePrecision.Month, kind, false, null, why);
    }

    private static DateMention YearRange(TextSpan span, int year, DateKind kind, string why) =>
        new(span, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimePrecision.Year, kind, false, null, why);

    private DateMention RelativeWords(TextSpan span, (string Unit, int Offset, bool ToPublished) r, DateOnly? pub)
    {
        if (pub is not { } p) return Unresolved(span, r.Unit == "year" ? DateKind.Year : DateKind.Relative, Precision(r.Unit));
        string anchor = $"published {p:yyyy-MM-dd}";
        switch (r.Unit)
        {
            case "day":
                return Day(span, p.AddDays(r.Offset), DateKind.Relative, $"{r.Offset:+0;-0;0} days from {anchor}");
            case "week":
                var ws = CalendarMath.WeekStart(p).AddDays(7 * r.Offset);
                // A week that holds the publication day ends there: nothing reported has happened after it.
                return Week(span, ws, r.ToPublished || ws.AddDays(6) > p && ws <= p ? p : ws.AddDays(6), $"Monday–Sunday week {r.Offset:+0;-0;0} from {anchor}");
            case "weekend":
                var sat = CalendarMath.LatestBefore(p, 6);
                return Week(span, sat, CalendarMath.Min(sat.AddDays(1), p), $"the weekend before {anchor}");
            case "month":
                var ms = CalendarMath.MonthStart(p).AddMonths(r.Offset);
                var me = r.ToPublished ? p : CalendarMath.MonthEnd(ms.Year, ms.Month);
                return new DateMention(span, ms, me, TimePrecision.Month, DateKind.Relative, false, null, $"month {r.Offset:+0;-0;0} from {anchor}");
            default:
                int y = p.Year + r.Offset;
                return new DateMention(span, new DateOnly(y, 1, 1), r.ToPublished ? p : new DateOnly(y, 12, 31), TimePrecision.Year, DateKind.Year, false, null, $"year {r.Offset:+0;-0;0} from {anchor}");
        }
    }

    private static TimePrecision Precision(string unit) => unit switch
    {
        "day" => TimePrecision.Day,
        "week" or "weekend" => TimePrecision.Week,
        "month" => TimePrecision.Month,
        _ => TimePrecision.Year,
    };

    private static DateMention Day(TextSpan span, DateOnly d, DateKind kind, string why) =>
        new(span, d, d, TimePrecision.Day, kind, false, null, why);

    private static DateMention Week(TextSpan span, DateOnly from, DateOnly to, string why) =>
        new(span, from, to, TimePrecision.Week, DateKind.Relative, false, null, why);

    private static DateMention Unresolved(TextSpan span, DateKind kind, TimePrecision precision) =>
        new(span, null, null, precision, kind, false, null, NoAnchor);

    /// <summary>"since 2015", "since May 10, 2024": the word before the date is "since".</summary>
    private bool IsSince(string text, TextSpan span)
    {
        int i = span.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 && _lex.Since.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i + 1, end - i - 1));
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
