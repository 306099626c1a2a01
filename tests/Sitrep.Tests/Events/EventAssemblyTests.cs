using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>How sentences become events: one per place per day, background and reports are no events.
/// Stories written for these tests.</summary>
public class EventAssemblyTests
{
    [Fact]
    public void Background_trends_threats_and_denials_are_not_events()
    {
        const string story =
            "NIAMEY, Niger (Test Wire) - Niger has battled an insurgency by armed groups for a decade. " +
            "Attacks on villages have been on the rise in recent months. " +
            "The group threatened to attack the capital. " +
            "The army denied killing civilians.";
        Assert.Empty(TestCoder.Code(story, "2025-03-12"));
    }

    [Fact]
    public void History_told_with_a_year_is_not_an_event()
    {
        const string story = "In 2019 an attack on the same camp near Gao killed 40 soldiers, the army said.";
        Assert.Empty(TestCoder.Code(story, "2025-03-12"));
    }

    [Fact]
    public void A_statement_about_an_attack_is_a_claim_on_it_not_a_second_event()
    {
        const string story =
            "Gunmen killed five villagers in Kajuru on Sunday, residents said. " +
            "The police acknowledged the attack in a statement on Monday.";
        var e = Assert.Single(TestCoder.Code(story, "2025-03-12"));
        Assert.Equal("2025-03-09", e.EventDate);
        Assert.Equal(5, e.Fatalities);
        Assert.Contains(e.Claims, c => c.Kind == "police");
    }

    [Fact]
    public void A_separate_attack_on_another_day_in_another_town_is_another_event()
    {
        const string story =
            "Militants attacked an army post in Gao on Sunday, killing three soldiers, the army said. " +
            "In a separate attack on Monday, gunmen killed four civilians in Mopti, residents said.";
        var events = TestCoder.Code(story, "2025-03-12");
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.EventDate == "2025-03-09" && e.Location == "Gao" && e.Fatalities == 3);
        Assert.Contains(events, e => e.EventDate == "2025-03-10" && e.Location == "Mopti" && e.Fatalities == 4);
    }

    [Fact]
    public void Tolls_of_both_sides_are_added_and_each_side_takes_its_lowest_credible_figure()
    {
        const string story =
            "Soldiers and rebels clashed near Lashio on Sunday. The army said 12 rebels and two soldiers were killed. " +
            "The rebels said in a statement that three of their own fighters had been killed.";
        var e = Assert.Single(TestCoder.Code(story, "2025-03-12"));
        Assert.Equal(5, e.Fatalities);
    }

    [Fact]
    public void Every_filled_field_has_evidence_that_is_the_text_at_its_offsets()
    {
        const string story = "Gunmen shot dead six villagers in Kajuru on Monday, police said.";
        var e = Assert.Single(TestCoder.Code(story, "2025-03-12"));
        foreach (var field in new[] { "event_date", "location", "fatalities", "sub_event_type" })
        {
            Assert.True(e.Evidence.ContainsKey(field), field);
            foreach (var ev in e.Evidence[field]) Assert.Equal(story[ev.Start..ev.End], ev.Text);
        }
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved_with_a_warning()
    {
        var result = TestCoder.Instance.Code(new Sitrep.Pipeline.ArticleInput("Gunmen killed five villagers in Kajuru on Sunday, police said."));
        Assert.Contains(result.Document.Diagnostics, d => d.Code == Sitrep.Diagnostics.DiagnosticCodes.NoPublicationDate);
        Assert.All(result.Events, e => Assert.NotEqual(DateTime.UtcNow.ToString("yyyy-MM-dd"), e.EventDate));
    }

    [Fact]
    public void A_french_report_gets_a_notice_and_no_events()
    {
        const string story = "Au moins sept civils ont été tués jeudi dans l'attaque d'un village de la région, selon une source locale. " +
                             "Les assaillants sont arrivés à moto et ont tué les habitants, a indiqué la même source.";
        var result = TestCoder.Instance.Code(new Sitrep.Pipeline.ArticleInput(story, Published: new DateOnly(2025, 3, 12)));
        Assert.Equal("fr", result.Document.Language);
        Assert.Empty(result.Events);
        Assert.Contains(result.Document.Diagnostics, d => d.Code == Sitrep.Diagnostics.DiagnosticCodes.UnsupportedLanguage);
    }

    [Fact]
    public void A_lead_placed_only_in_a_region_and_the_village_told_next_are_one_event()
    {
        const string story =
            "A military air strike on a village in Myanmar's Sagaing region killed at least 17 people, residents said on Sunday. " +
            "Two fighter jets bombed Let Yet Kone village on Saturday afternoon, one resident said.";
        var e = Assert.Single(TestCoder.Code(story, "2024-05-12"));
        Assert.Equal(("2024-05-11", "Let Yet Kone", 17, "Air/drone strike"), (e.EventDate, e.Location, e.Fatalities, e.SubEventType));
        Assert.Equal(3, e.GeoPrecision); // the region's coordinates stand for the unknown village
    }

    [Fact]
    public void A_verb_right_before_a_count_is_its_own_even_when_a_subset_follows()
    {
        const string story = "A missile struck a neighbourhood of Marib on Monday, killing three civilians including a child and wounding seven others, an official said.";
        var e = Assert.Single(TestCoder.Code(story, "2024-03-12"));
        Assert.Equal((3, 7), (e.Fatalities, e.Wounded));
    }

    [Fact]
    public void Forces_that_fight_back_make_a_clash_whatever_weapons_the_attackers_used()
    {
        const string story =
            "Four policemen were martyred when militants attacked a checkpoint in Bannu with hand grenades late on Tuesday, police said. " +
            "Police retaliated and the attackers fled.";
        var e = Assert.Single(TestCoder.Code(story, "2024-06-12"));
        Assert.Equal(("Armed clash", 4), (e.SubEventType, e.Fatalities));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \t")]
    public void Empty_and_blank_text_give_no_events(string text) =>
        Assert.Empty(TestCoder.Instance.Code(new Sitrep.Pipeline.ArticleInput(text, Published: new DateOnly(2025, 3, 12))).Events);
}
