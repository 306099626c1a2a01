using Sitrep.Segment;
using Sitrep.Text;

namespace Sitrep.Tests.Segment;

/// <summary>Pages as users paste them: furniture, captions and bylines around the story. Written for these tests.</summary>
public class LayoutAnalyzerTests
{
    private const string Page =
        "Menu\n" +
        "Gunmen kill five in northern town\n" +
        "By Jane Doe, Test Wire\n" +
        "Published 3 June 2025\n" +
        "A market street in the town. (Test Wire/John Roe)\n" +
        "\n" +
        "GAO, Mali (Test Wire) — Gunmen killed five people in the town of Gao on Sunday, residents said. Lt. Col. Diallo said patrols were sent.\n" +
        "\n" +
        "Share this\n" +
        "Related: Floods hit the capital\n";

    private static Document Read(string text)
    {
        var doc = new Document(text);
        new LayoutAnalyzer().Run(doc);
        new SentenceSegmenter().Run(doc);
        return doc;
    }

    [Fact]
    public void Sorts_lines_into_story_and_what_is_set_aside_with_reasons()
    {
        var doc = Read(Page);
        LineRole RoleOf(string start) => doc.Lines.First(l => doc.Slice(l.Span).StartsWith(start)).Role;
        Assert.Equal(LineRole.Furniture, RoleOf("Menu"));
        Assert.Equal(LineRole.Headline, RoleOf("Gunmen kill"));
        Assert.Equal(LineRole.Byline, RoleOf("By Jane"));
        Assert.Equal(LineRole.DateLine, RoleOf("Published"));
        Assert.Equal(LineRole.Caption, RoleOf("A market street"));
        Assert.Equal(LineRole.Body, RoleOf("GAO"));
        Assert.Equal(LineRole.Furniture, RoleOf("Share this"));
        Assert.Equal(LineRole.Furniture, RoleOf("Related:"));
        Assert.All(doc.Lines.Where(l => l.Role is LineRole.Furniture or LineRole.Caption), l => Assert.False(string.IsNullOrEmpty(l.Reason)));
    }

    [Fact]
    public void Finds_the_dateline_and_its_place()
    {
        var doc = Read(Page);
        Assert.Equal("GAO, Mali", doc.Slice(doc.DatelinePlace!.Value));
        Assert.StartsWith("GAO, Mali (Test Wire) —", doc.Slice(doc.Dateline!.Value));
    }

    [Fact]
    public void Abbreviations_do_not_end_a_sentence_and_captions_give_no_sentences()
    {
        var doc = Read(Page);
        var body = doc.Sentences.Where(s => s.Role == LineRole.Body).Select(s => doc.Slice(s.Span)).ToList();
        Assert.Equal(2, body.Count);
        Assert.StartsWith("Lt. Col. Diallo", body[1]);
        Assert.DoesNotContain(doc.Sentences, s => doc.Slice(s.Span).StartsWith("A market street"));
    }

    [Fact]
    public void Tokens_and_the_gaps_between_them_rebuild_each_sentence()
    {
        var doc = Read(Page);
        foreach (var s in doc.Sentences)
        {
            var rebuilt = new System.Text.StringBuilder();
            int at = s.Span.Start;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                var tok = doc.Tokens[t];
                Assert.True(string.IsNullOrWhiteSpace(doc.Text[at..tok.Start]));
                rebuilt.Append(doc.Text, at, tok.End - at);
                at = tok.End;
            }
            Assert.Equal(doc.Slice(s.Span), rebuilt.ToString());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n \n\t ")]
    public void Empty_and_blank_input_give_no_sentences(string text) => Assert.Empty(Read(text).Sentences);
}
