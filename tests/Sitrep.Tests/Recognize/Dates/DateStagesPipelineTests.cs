using Sitrep.Pipeline;
using Sitrep.Recognize.Dates;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Recognize.Dates;

public class DateStagesPipelineTests
{
    [Fact]
    public void Published_then_dates_run_after_the_sentence_segmenter()
    {
        var names = new CoderBuilder().Build().StageNames.ToList();
        int sentences = names.IndexOf("sentences"), published = names.IndexOf("published"), dates = names.IndexOf("dates");
        Assert.True(sentences >= 0 && published == sentences + 1 && dates == published + 1, string.Join(", ", names));
    }

    [Fact]
    public void A_given_publication_date_anchors_the_seed_story()
    {
        const string text = "Extremists have killed dozens of soldiers, sources said on Tuesday.\n\nThe attack on Sunday on the base killed 60.";
        var doc = new CoderBuilder().Build().Code(new ArticleInput(text, Published: new DateOnly(2025, 6, 3))).Document;
        Assert.Equal(PublishedSource.Given, doc.PublishedFrom);
        var dates = doc.MentionsOf<DateMention>().ToList();
        Assert.Equal([new DateOnly(2025, 6, 3), new DateOnly(2025, 6, 1)], dates.Select(d => d.Day!.Value));
        Assert.Equal([true, false], dates.Select(d => d.IsReportDate));
    }

    /// <summary>Every real report, whole and cut at many places, with and without a date: no stage throws, spans stay inside.</summary>
    [SharedDataFact]
    public void Never_throws_on_real_reports_or_their_fragments()
    {
        var coder = new CoderBuilder().Build();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "realnews"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            for (int cut = text.Length; cut > 0; cut -= 97)
            {
                var part = text[..cut];
                foreach (var pub in new DateOnly?[] { null, new DateOnly(2024, 2, 29) })
                {
                    var doc = coder.Code(new ArticleInput(part, Published: pub)).Document;
                    Assert.All(doc.Mentions, m => Assert.True(m.Span.End <= part.Length));
                }
            }
        }
    }
}
