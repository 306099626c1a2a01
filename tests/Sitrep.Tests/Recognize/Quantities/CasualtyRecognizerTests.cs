using Sitrep.Recognize.Quantities;
using Sitrep.Segment;
using Sitrep.Text;

namespace Sitrep.Tests.Recognize.Quantities;

/// <summary>Counts of people and what happened to them; sentences written for these tests.</summary>
public class CasualtyRecognizerTests
{
    private static List<CasualtyMention> Recognize(string text)
    {
        var doc = new Document(text);
        new LayoutAnalyzer().Run(doc);
        new SentenceSegmenter().Run(doc);
        new CasualtyRecognizer().Run(doc);
        return doc.MentionsOf<CasualtyMention>().ToList();
    }

    // text, count words, low, high (-1 = open), group, outcome
    public static TheoryData<string, string, int, int, VictimGroup, Outcome> Rows => new()
    {
        { "The raid killed at least 60 soldiers near the base.", "at least 60", 60, -1, VictimGroup.Soldiers, Outcome.Killed },
        { "Gunmen killed dozens of villagers overnight.", "dozens of", 12, -1, VictimGroup.Civilians, Outcome.Killed },
        { "Thirteen extremists had been killed, the army said.", "Thirteen", 13, 13, VictimGroup.Militants, Outcome.Killed },
        { "Police said 14 people had been arrested.", "14", 14, 14, VictimGroup.People, Outcome.Arrested },
        { "More than 40 worshippers were abducted from the mosque.", "More than 40", 40, -1, VictimGroup.Civilians, Outcome.Abducted },
        { "Twenty-six civilians were wounded in the blast.", "Twenty-six", 26, 26, VictimGroup.Civilians, Outcome.Wounded },
        { "The strike left 12 people dead.", "12", 12, 12, VictimGroup.People, Outcome.Killed },
        { "A soldier was killed at the checkpoint.", "A", 1, 1, VictimGroup.Soldiers, Outcome.Killed },
        { "Some 200 protesters were detained.", "Some 200", 200, 200, VictimGroup.Protesters, Outcome.Arrested },
        { "Around 5 to 8 fishermen went missing.", "Around 5 to 8", 5, 8, VictimGroup.Civilians, Outcome.Missing },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reads_the_count_who_and_what(string text, string countWords, int low, int high, VictimGroup group, Outcome outcome)
    {
        var m = Assert.Single(Recognize(text), c => !c.IsSubset);
        Assert.Equal(low, m.Count.Low);
        Assert.Equal(high < 0 ? null : high, m.Count.High);
        Assert.Equal(group, m.Group);
        Assert.Equal(outcome, m.Outcome);
        Assert.StartsWith(countWords, text[m.CountSpan.Start..].TrimStart(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Two_counts_share_one_verb_and_a_third_speaks_of_more()
    {
        var all = Recognize("The attack killed at least 60 soldiers and wounded 40 more.");
        Assert.Equal(2, all.Count);
        Assert.Equal((Outcome.Killed, 60), (all[0].Outcome, all[0].Count.Low));
        Assert.Equal((Outcome.Wounded, 40, VictimGroup.Soldiers), (all[1].Outcome, all[1].Count.Low, all[1].Group));
    }

    [Fact]
    public void A_count_inside_another_is_a_subset()
    {
        var all = Recognize("At least 27 people, including four fighters, have been killed.");
        Assert.Contains(all, c => c.Count.Low == 27 && !c.IsSubset && c.Outcome == Outcome.Killed);
        Assert.Contains(all, c => c.Count.Low == 4 && c.IsSubset);
    }

    [Fact]
    public void All_who_did_not_die_being_taken_is_a_remainder_of_those_present()
    {
        var all = Recognize("There were around 280 soldiers in the base, and all of those who didn't die were taken prisoner.");
        Assert.Contains(all, c => c.Outcome == Outcome.Present && c.Count.Low == 280);
        Assert.Contains(all, c => c.IsRemainder && c.Outcome == Outcome.Captured);
    }

    [Theory]
    [InlineData("The attack happened at 13.00 on the road, 40 km from the town.")]
    [InlineData("In 2019 the group was founded by 12 men.")]
    [InlineData("The 25-year-old driver was released on 18 May.")]
    [InlineData("")]
    public void Times_distances_years_and_dates_are_not_counts_of_victims(string text) => Assert.Empty(Recognize(text));
}
