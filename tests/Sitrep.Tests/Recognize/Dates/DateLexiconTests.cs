using Sitrep.Recognize.Dates;
using Sitrep.Text;

namespace Sitrep.Tests.Recognize.Dates;

/// <summary>Every phrase in data/lang/en/dates.json is read: a new entry cannot be silently skipped by the scan's shortcuts.</summary>
public class DateLexiconTests
{
    public static TheoryData<string> RelativePhrases => [.. DateLexicon.Default.Relative.Keys];
    public static TheoryData<string> OffsetPhrases => [.. DateLexicon.Default.OffsetPhrases.Keys];
    public static TheoryData<string> MonthParts => [.. DateLexicon.Default.MonthParts.Keys];

    [Theory]
    [MemberData(nameof(RelativePhrases))]
    public void Every_relative_phrase_is_read(string phrase) =>
        AssertWhole($"Gunmen struck the village {phrase} and fled.", phrase, m => m.IsResolved && m.Kind is DateKind.Relative or DateKind.Year);

    [Theory]
    [MemberData(nameof(OffsetPhrases))]
    public void Every_offset_phrase_is_read(string phrase) =>
        AssertWhole($"Gunmen struck the village {phrase} and fled.", phrase, m => m.Kind == DateKind.Offset && m.OffsetHours is not null);

    [Theory]
    [MemberData(nameof(MonthParts))]
    public void Every_part_of_a_month_is_read(string part) =>
        AssertWhole($"Gunmen struck the village in {part} May and fled.", $"{part} May", m => m.Precision == TimePrecision.Month);

    private static void AssertWhole(string text, string words, Func<DateMention, bool> check)
    {
        var doc = DateRecognizerTests.Recognize(text, "2025-06-03");
        int start = text.IndexOf(words, StringComparison.Ordinal);
        var m = Assert.Single(doc.MentionsOf<DateMention>());
        Assert.Equal(new TextSpan(start, start + words.Length), m.Span);
        Assert.True(check(m), m.ToString());
    }
}
