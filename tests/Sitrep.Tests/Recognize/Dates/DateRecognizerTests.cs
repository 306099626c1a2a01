using Sitrep.Diagnostics;
using Sitrep.Recognize.Dates;
using Sitrep.Text;

namespace Sitrep.Tests.Recognize.Dates;

public class DateRecognizerTests
{
    private const string Tue = "2025-06-03"; // a Tuesday: the seed article's publication day

    // text, published, the words of the mention, earliest, latest, precision, kind, report date
    public static TheoryData<string, string?, string, string?, string?, TimePrecision, DateKind, bool> Rows => new()
    {
        // calendar dates
        { "Gunmen attacked the village on 1 June.", Tue, "1 June", "2025-06-01", "2025-06-01", TimePrecision.Day, DateKind.Absolute, false },
        { "The attack took place June 1, 2025, in the north.", Tue, "June 1, 2025", "2025-06-01", "2025-06-01", TimePrecision.Day, DateKind.Absolute, false },
        { "It happened on 1 June 2025.", null, "1 June 2025", "2025-06-01", "2025-06-01", TimePrecision.Day, DateKind.Absolute, false },
        { "Clashes broke out on Jan. 2 in the capital.", Tue, "Jan. 2", "2025-01-02", "2025-01-02", TimePrecision.Day, DateKind.Absolute, false },
        { "Protesters gathered on May 27 outside parliament.", Tue, "May 27", "2025-05-27", "2025-05-27", TimePrecision.Day, DateKind.Absolute, false },
        { "The page is dated 2025-06-01 in its header.", Tue, "2025-06-01", "2025-06-01", "2025-06-01", TimePrecision.Day, DateKind.Absolute, false },
        { "Le jeudi 09 septembre, des hommes ont attaqué le village.", "2021-09-11", "jeudi 09 septembre", "2021-09-09", "2021-09-09", TimePrecision.Day, DateKind.Absolute, false },
        { "Fighting resumed on December 30 near the border.", Tue, "December 30", "2024-12-30", "2024-12-30", TimePrecision.Day, DateKind.Absolute, false },
        { "Peacekeepers waited on Friday, September 2, 2016 at the airport.", Tue, "Friday, September 2, 2016", "2016-09-02", "2016-09-02", TimePrecision.Day, DateKind.Absolute, false },
        { "Russia invaded Ukraine in February 2022.", Tue, "February 2022", "2022-02-01", "2022-02-28", TimePrecision.Month, DateKind.Absolute, false },
        { "Clashes raged from 1 to 3 June in the north.", Tue, "1 to 3 June", "2025-06-01", "2025-06-03", TimePrecision.Week, DateKind.Range, false },
        { "Clashes raged on May 2-20, 2024 in the north.", Tue, "May 2-20, 2024", "2024-05-02", "2024-05-20", TimePrecision.Month, DateKind.Range, false },
        // weekdays
        { "The attack on Sunday on the base killed 60 soldiers.", Tue, "Sunday", "2025-06-01", "2025-06-01", TimePrecision.Day, DateKind.Weekday, false },
        { "Sunday's attack killed 60 soldiers.", Tue, "Sunday's", "2025-06-01", "2025-06-01", TimePrecision.Day, DateKind.Weekday, false },
        { "Militants torched a school on Thursday night.", Tue, "Thursday night", "2025-05-29", "2025-05-29", TimePrecision.Day, DateKind.Weekday, false },
        { "Fighters ambushed two soldiers early Saturday.", Tue, "early Saturday", "2025-05-31", "2025-05-31", TimePrecision.Day, DateKind.Weekday, false },
        { "The rebels took the town late on Thursday.", Tue, "late on Thursday", "2025-05-29", "2025-05-29", TimePrecision.Day, DateKind.Weekday, false },
        { "Shots rang out Thursday evening in the market.", Tue, "Thursday evening", "2025-05-29", "2025-05-29", TimePrecision.Day, DateKind.Weekday, false },
        { "Five people were killed Tuesday in the camp.", Tue, "Tuesday", "2025-06-03", "2025-06-03", TimePrecision.Day, DateKind.Weekday, false },
        { "Last Friday, the insurgents killed two people.", "2025-06-06", "Last Friday", "2025-05-30", "2025-05-30", TimePrecision.Day, DateKind.Weekday, false },
        { "The insurgents struck on Friday.", "2025-06-06", "Friday", "2025-06-06", "2025-06-06", TimePrecision.Day, DateKind.Weekday, false },
        { "Shelling continued overnight in the city.", Tue, "overnight", "2025-06-02", "2025-06-02", TimePrecision.Day, DateKind.PartOfDay, false },
        { "Drones struck the town overnight into Sunday.", Tue, "overnight into Sunday", "2025-05-31", "2025-05-31", TimePrecision.Day, DateKind.Weekday, false },
        { "Drones struck the town overnight Saturday.", Tue, "overnight Saturday", "2025-05-31", "2025-05-31", TimePrecision.Day, DateKind.Weekday, false },
        { "Talks will resume next Monday in the capital.", Tue, "next Monday", "2025-06-09", "2025-06-09", TimePrecision.Day, DateKind.Weekday, false },
        { "Talks will resume next Tuesday in the capital.", Tue, "next Tuesday", "2025-06-10", "2025-06-10", TimePrecision.Day, DateKind.Weekday, false },
        // relative to the publication day
        { "Talks will resume next week.", Tue, "next week", "2025-06-09", "2025-06-15", TimePrecision.Week, DateKind.Relative, false },
        { "Talks will resume tomorrow.", Tue, "tomorrow", "2025-06-04", "2025-06-04", TimePrecision.Day, DateKind.Relative, false },
        { "The bomb exploded yesterday near the mosque.", Tue, "yesterday", "2025-06-02", "2025-06-02", TimePrecision.Day, DateKind.Relative, false },
        { "Two were killed last night in the village.", Tue, "last night", "2025-06-02", "2025-06-02", TimePrecision.Day, DateKind.Relative, false },
        { "Clashes erupted last week in the south.", Tue, "last week", "2025-05-26", "2025-06-01", TimePrecision.Week, DateKind.Relative, false },
        { "Clashes erupted earlier this week in the south.", Tue, "earlier this week", "2025-06-02", "2025-06-03", TimePrecision.Week, DateKind.Relative, false },
        { "Talks collapsed earlier this month.", Tue, "earlier this month", "2025-06-01", "2025-06-03", TimePrecision.Month, DateKind.Relative, false },
        { "The group was formed last month.", Tue, "last month", "2025-05-01", "2025-05-31", TimePrecision.Month, DateKind.Relative, false },
        { "Violence flared in late May.", Tue, "late May", "2025-05-21", "2025-05-31", TimePrecision.Month, DateKind.Relative, false },
        { "Fighting began in early June.", Tue, "early June", "2025-06-01", "2025-06-03", TimePrecision.Month, DateKind.Relative, false },
        { "The offensive began in mid-March.", Tue, "mid-March", "2025-03-11", "2025-03-20", TimePrecision.Month, DateKind.Relative, false },
        { "The offensive began in May.", Tue, "May", "2025-05-01", "2025-05-31", TimePrecision.Month, DateKind.Relative, false },
        { "The war started in 2019.", Tue, "2019", "2019-01-01", "2019-12-31", TimePrecision.Year, DateKind.Year, false },
        { "Attacks rose sharply last year.", Tue, "last year", "2024-01-01", "2024-12-31", TimePrecision.Year, DateKind.Year, false },
        { "The region has been unstable since 2015.", Tue, "2015", "2015-01-01", "2015-12-31", TimePrecision.Year, DateKind.Since, false },
        { "Settlers have attacked the village since May 10, 2024.", Tue, "May 10, 2024", "2024-05-10", "2024-05-10", TimePrecision.Day, DateKind.Since, false },
        { "The school was burned two days ago.", Tue, "two days ago", "2025-06-01", "2025-06-01", TimePrecision.Day, DateKind.Relative, false },
        { "Three weeks ago, a convoy was ambushed.", Tue, "Three weeks ago", "2025-05-12", "2025-05-18", TimePrecision.Week, DateKind.Relative, false },
        // report dates: when something was said
        { "Civil society sources said on Tuesday that 60 died.", Tue, "Tuesday", "2025-06-03", "2025-06-03", TimePrecision.Day, DateKind.Weekday, true },
        { "Security sources said Saturday the toll had risen.", Tue, "Saturday", "2025-05-31", "2025-05-31", TimePrecision.Day, DateKind.Weekday, true },
        { "A police officer told AFP on Friday that two died.", Tue, "Friday", "2025-05-30", "2025-05-30", TimePrecision.Day, DateKind.Weekday, true },
        { "A doctor told The Associated Press on Friday that two died.", Tue, "Friday", "2025-05-30", "2025-05-30", TimePrecision.Day, DateKind.Weekday, true },
        { "The army acknowledged the attack in a statement on Monday.", Tue, "Monday", "2025-06-02", "2025-06-02", TimePrecision.Day, DateKind.Weekday, true },
        { "The army said in a statement released Monday that it repelled the attack.", Tue, "Monday", "2025-06-02", "2025-06-02", TimePrecision.Day, DateKind.Weekday, true },
        { "The UN envoy condemned the killing in a tweet on Wednesday.", Tue, "Wednesday", "2025-05-28", "2025-05-28", TimePrecision.Day, DateKind.Weekday, true },
        { "The ministry announced on Monday that the road was open.", Tue, "Monday", "2025-06-02", "2025-06-02", TimePrecision.Day, DateKind.Weekday, true },
        { "The police confirmed on Saturday that a man was kidnapped.", Tue, "Saturday", "2025-05-31", "2025-05-31", TimePrecision.Day, DateKind.Weekday, true },
        { "On Saturday, the Sudan Doctors Network said 31 people were killed.", Tue, "Saturday", "2025-05-31", "2025-05-31", TimePrecision.Day, DateKind.Weekday, true },
        { "The watchdog said in a report on Thursday that strikes fell.", Tue, "Thursday", "2025-05-29", "2025-05-29", TimePrecision.Day, DateKind.Weekday, true },
        { "On Saturday, gunmen killed 31 people, the ministry said.", Tue, "Saturday", "2025-05-31", "2025-05-31", TimePrecision.Day, DateKind.Weekday, false },
        { "Police said the attack on Sunday killed five people.", Tue, "Sunday", "2025-06-01", "2025-06-01", TimePrecision.Day, DateKind.Weekday, false },
        // no publication date: relative dates stay unresolved
        { "The attack on Sunday killed 60 soldiers.", null, "Sunday", null, null, TimePrecision.Day, DateKind.Weekday, false },
        { "The bomb exploded yesterday.", null, "yesterday", null, null, TimePrecision.Day, DateKind.Relative, false },
        { "Gunmen attacked the village on 1 June.", null, "1 June", null, null, TimePrecision.Day, DateKind.Absolute, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Recognizes(string text, string? published, string words, string? earliest, string? latest,
        TimePrecision precision, DateKind kind, bool report)
    {
        var doc = Recognize(text, published);
        int start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, "the row's words must be in its text");
        var dates = doc.MentionsOf<DateMention>().ToList();
        var m = Assert.Single(dates, d => d.Span.Start == start);
        Assert.Equal(new TextSpan(start, start + words.Length), m.Span);
        Assert.Equal(earliest, m.Earliest?.ToString("yyyy-MM-dd"));
        Assert.Equal(latest, m.Latest?.ToString("yyyy-MM-dd"));
        Assert.Equal(precision, m.Precision);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(report, m.IsReportDate);
    }

    // text, the words, hours from the event referred to
    public static TheoryData<string, string, double> Offsets => new()
    {
        { "The ambush came around 12 hours after fighters stormed a mosque.", "around 12 hours after", 12 },
        { "A second blast came two days later.", "two days later", 48 },
        { "The mosque had been attacked 12 hours earlier.", "12 hours earlier", -12 },
        { "A day after the raid, troops returned.", "A day after", 24 },
        { "Police arrived the next day.", "the next day", 24 },
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Reads_offsets_from_another_event_and_leaves_them_unresolved(string text, string words, double hours)
    {
        var m = Assert.Single(Recognize(text, Tue).MentionsOf<DateMention>());
        int start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(start, start + words.Length), m.Span);
        Assert.Equal(DateKind.Offset, m.Kind);
        Assert.Equal(hours, m.OffsetHours!.Value, 3);
        Assert.False(m.IsResolved);
    }

    [Theory]
    [InlineData("The clash happened around 8 a.m. Thursday.", "8 a.m.")]
    [InlineData("It happened at around 2:30 am local time on Tuesday.", "2:30 am")]
    [InlineData("The meeting ended at about 13.00 in the capital.", "13.00")]
    [InlineData("Armed men attacked at 18h30 on the road.", "18h30")]
    public void Clock_times_are_not_dates_nor_counts(string text, string time)
    {
        var doc = Recognize(text, Tue);
        int start = text.IndexOf(time, StringComparison.Ordinal);
        Assert.Contains(doc.MentionsOf<TimeOfDayMention>(), t => t.Span.Start == start && t.Span.End >= start + time.Length);
        Assert.True(TimeOfDay.IsTimeAt(text, start));
        Assert.DoesNotContain(doc.MentionsOf<DateMention>(), d => d.Span.Overlaps(new TextSpan(start, start + time.Length)));
    }

    [Theory]
    [InlineData("At least 13 people were killed at 13.00 on Monday.", "13 people")]
    [InlineData("Police said 40 were wounded.", "40")]
    public void A_count_is_not_a_clock_time(string text, string count) =>
        Assert.False(TimeOfDay.IsTimeAt(text, text.IndexOf(count, StringComparison.Ordinal)));

    [Fact]
    public void Without_a_publication_date_warns_once_and_still_resolves_full_dates()
    {
        var doc = Recognize("The attack on Sunday killed 60. A second came on Monday. Talks began on 1 June 2025.", null);
        Assert.Single(doc.Diagnostics, d => d.Code == DiagnosticCodes.DateUnresolved);
        Assert.Equal(2, doc.MentionsOf<DateMention>().Count(d => !d.IsResolved));
        Assert.Equal(new DateOnly(2025, 6, 1), doc.MentionsOf<DateMention>().Single(d => d.IsResolved).Day);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("No dates here at all.")]
    [InlineData("May we go? They march on.")]
    public void Finds_nothing_where_there_is_no_date(string text)
    {
        var doc = Recognize(text, Tue);
        Assert.Empty(doc.MentionsOf<DateMention>());
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Only_story_headline_and_standfirst_sentences_are_read()
    {
        var doc = new Document("Caption on Sunday.", "t") { Published = DateOnly.Parse(Tue) };
        doc.Sentences.Add(new Sentence(0, new TextSpan(0, doc.Text.Length), 0, 0, 0, LineRole.Caption));
        new DateRecognizer().Run(doc);
        Assert.Empty(doc.Mentions);
    }

    internal static Document Recognize(string text, string? published)
    {
        var doc = new Document(text, "t") { Published = published is null ? null : DateOnly.Parse(published) };
        if (text.Trim().Length > 0)
            doc.Sentences.Add(new Sentence(0, new TextSpan(0, text.Length), 0, 0, 0, LineRole.Body));
        new DateRecognizer().Run(doc);
        return doc;
    }
}
