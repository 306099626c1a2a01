using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Diagnostics;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Recognize.Dates;

/// <summary>
/// Finds the publication date in the page when the caller gave none: the date lines (" date 2019-08-28",
/// "SEP 4, 2018 LISTEN"; the first date wins over an "Updated" one), a byline's date, the dateline's date
/// ("December 14, 2017 (NEW YORK) -"), "Published 3 June 2025" / "Publié le dimanche 7 février 2021" anywhere,
/// and last a dateline's month and day without a year ("YAOUNDE, Nov. 15 —"), whose year comes from the date
/// lines or else from the weekday the story gives for the report ("said Saturday").
/// Sets <see cref="Document.Published"/>, <see cref="Document.PublishedFrom"/> and <see cref="Document.PublishedSpan"/>;
/// finding none, warns with <see cref="DiagnosticCodes.NoPublicationDate"/> and leaves them unset.
/// </summary>
/// <remarks>
/// The clock is injected and used only as an upper bound when choosing a year (an article is not published
/// in the future); it is never the answer. A given date (<c>--published</c>) always wins: the stage then does nothing.
/// Thread-safe.
/// </remarks>
public sealed class PublishedDateFinder : IStage
{
    private const int MaxGapAfterPublishedWord = 40;
    private const int YearsSearchedWithoutLowerBound = 30;

    private readonly DateLexicon _lex;
    private readonly Func<DateOnly> _today;
    private readonly DateRecognizer _recognizer;
    private static readonly Regex YearRx = new(@"\b(?:1[89]|20)\d{2}\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public PublishedDateFinder() : this(null) { }
    public PublishedDateFinder(Func<DateOnly>? today) : this(DateLexicon.Default, today) { }
    internal PublishedDateFinder(DateLexicon lexicon, Func<DateOnly>? today)
    {
        _lex = lexicon;
        _today = today ?? (static () => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        _recognizer = new DateRecognizer(lexicon);
    }

    public string Name => "published";

    public void Run(Document doc)
    {
        if (doc.Published is not null) return;
        var text = doc.Text;

        foreach (var line in doc.Lines)
            if (line.Role == LineRole.DateLine && FirstOnLine(text, line.Span) is { } d) { Set(doc, d, PublishedSource.DateLine); return; }
        foreach (var line in doc.Lines)
            if (line.Role == LineRole.Byline && FirstOnLine(text, line.Span) is { } d) { Set(doc, d, PublishedSource.Byline); return; }
        if (doc.Dateline is { } dl && FirstOnLine(text, dl) is { } dd) { Set(doc, dd, PublishedSource.Dateline); return; }
        if (AfterPublishedWord(doc) is { } pw) { Set(doc, pw, PublishedSource.Text); return; }
        if (doc.Dateline is { } dl2 && DatelineWithoutYear(doc, dl2) is { } inferred) { Set(doc, inferred, PublishedSource.Dateline); return; }

        doc.Warn(DiagnosticCodes.NoPublicationDate, "no publication date given or found; relative dates are left unresolved; pass --published");
    }

    private static void Set(Document doc, (TextSpan Span, DateOnly Date) found, PublishedSource from)
    {
        doc.Published = found.Date;
        doc.PublishedFrom = from;
        doc.PublishedSpan = found.Span;
    }

    /// <summary>A calendar date found in the text: its year when written, month and day.</summary>
    internal readonly record struct CalendarDate(TextSpan Span, int? Year, int Month, int Day);

    internal IEnumerable<CalendarDate> CalendarDates(string text, TextSpan range)
    {
        foreach (var m in _lex.DateMatches(text, range))
        {
            var g = m.Groups;
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (g["iso"].Success) yield return new(span, Int(g["iy"]), Int(g["im"]), Int(g["id"]));
            else if (g["num"].Success)
            {
                int a = Int(g["n1"]), b = Int(g["n2"]);
                yield return a > 12 ? new(span, Int(g["ny"]), b, a) : new(span, Int(g["ny"]), a, b);
            }
            else if (g["dm"].Success) yield return new(span, g["y"].Success ? Int(g["y"]) : null, _lex.Month(g["m"].Value), Int(g["d"]));
            else if (g["md"].Success) yield return new(span, g["y2"].Success ? Int(g["y2"]) : null, _lex.Month(g["m2"].Value), Int(g["d2"]));
        }
    }

    /// <summary>The first full date on a line; a date after "Updated" loses to an earlier or later plain one.</summary>
    private (TextSpan, DateOnly)? FirstOnLine(string text, TextSpan line)
    {
        (TextSpan, DateOnly)? updated = null;
        int gapStart = line.Start;
        foreach (var c in CalendarDates(text, line))
        {
            if (c.Year is not { } y || CalendarMath.TryDate(y, c.Month, c.Day) is not { } d || d > _today()) { gapStart = c.Span.End; continue; }
            var gap = text.AsSpan(gapStart, c.Span.Start - gapStart);
            bool isUpdate = false;
            foreach (var w in _lex.UpdatedWords) isUpdate |= gap.Contains(w, StringComparison.OrdinalIgnoreCase);
            if (!isUpdate) return (c.Span, d);
            updated ??= (c.Span, d);
            gapStart = c.Span.End;
        }
        return updated;
    }

    /// <summary>"Published 3 June 2025", "Publié le dimanche 7 février 2021" on any line that is not a caption.</summary>
    private (TextSpan, DateOnly)? AfterPublishedWord(Document doc)
    {
        var text = doc.Text;
        foreach (var line in doc.Lines)
        {
            if (line.Role is LineRole.Caption or LineRole.Blank) continue;
            foreach (var word in _lex.PublishedWords)
            {
                if (_lex.UpdatedWords.Contains(word, StringComparer.OrdinalIgnoreCase)) continue;
                int at = text.AsSpan(line.Span.Start, line.Span.Length).IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                int from = line.Span.Start + at + word.Length;
                if (from < text.Length && char.IsLetter(text[from])) continue;
                int to = Math.Min(line.Span.End, from + MaxGapAfterPublishedWord + 30);
                foreach (var c in CalendarDates(text, new TextSpan(from, to)))
                {
                    if (c.Span.Start - from > MaxGapAfterPublishedWord) break;
                    if (c.Year is { } y && CalendarMath.TryDate(y, c.Month, c.Day) is { } d && d <= _today()) return (c.Span, d);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// "YAOUNDE, Nov. 15 —": the year comes from the date lines or byline, else it is the year in which that day
    /// falls on the weekday the story gives for the report ("security sources said Saturday"), no later than
    /// today and no earlier than the latest year the text names.
    /// </summary>
    private (TextSpan, DateOnly)? DatelineWithoutYear(Document doc, TextSpan dateline)
    {
        var text = doc.Text;
        var first = CalendarDates(text, dateline).FirstOrDefault(c => c.Year is null && c.Month > 0);
        if (first.Month == 0) return null;
        var today = _today();

        foreach (var line in doc.Lines)
        {
            if (line.Role is not (LineRole.DateLine or LineRole.Byline)) continue;
            var ym = YearRx.Match(text, line.Span.Start, line.Span.Length);
            if (ym.Success && CalendarMath.TryDate(int.Parse(ym.ValueSpan, CultureInfo.InvariantCulture), first.Month, first.Day) is { } d && d <= today)
                return (first.Span, d);
        }

        int? reportDay = ReportWeekday(doc);
        if (reportDay is not { } wd) return null;
        int? lower = null;
        for (var m = YearRx.Match(text); m.Success; m = m.NextMatch())
        {
            int y = int.Parse(m.ValueSpan, CultureInfo.InvariantCulture);
            if (y <= today.Year && (lower is null || y > lower)) lower = y;
        }
        DateOnly? best = null;
        for (int y = lower ?? today.Year - YearsSearchedWithoutLowerBound; y <= today.Year; y++)
        {
            if (CalendarMath.TryDate(y, first.Month, first.Day) is not { } d || d > today || CalendarMath.IsoDay(d) != wd) continue;
            best = d;
            // With a lower bound from the text the nearest year after it is the likeliest; without one, the latest.
            if (lower is not null) break;
        }
        return best is { } b ? (first.Span, b) : null;
    }

    /// <summary>The weekday of the first report date in the story ("said Saturday"), as ISO 1–7.</summary>
    private int? ReportWeekday(Document doc)
    {
        var found = new List<Mention>();
        foreach (var s in doc.Sentences)
        {
            if (s.Role is not (LineRole.Body or LineRole.Standfirst)) continue;
            found.Clear();
            _recognizer.Scan(doc.Text, s.Span, null, found);
            foreach (var m in found)
            {
                if (m is not DateMention { Kind: DateKind.Weekday, IsReportDate: true } dm) continue;
                foreach (var w in doc.Slice(dm.Span).Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
                    if (_lex.Weekday(w) is > 0 and var wd) return wd;
            }
        }
        return null;
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
