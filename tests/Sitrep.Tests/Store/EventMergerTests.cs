using Sitrep.Output;
using Sitrep.Store;
using static Sitrep.Tests.Store.StoreFixtures;

namespace Sitrep.Tests.Store;

public class EventMergerTests
{
    [Fact]
    public void Reports_a_day_and_3_km_apart_with_the_same_type_and_actors_match()
    {
        var a = Report("2025-06-01", 15.12, -1.15, 60, "activist", "60 killed");
        var b = Report("2025-06-02", 15.14, -1.13, 40, "army", "40 killed");
        var m = EventMerger.Match(a, b);
        Assert.True(m.Same, m.Explain());
        Assert.Contains(m.Reasons, r => r.Contains("km apart"));
    }

    [Fact]
    public void A_different_event_type_does_not_match()
    {
        var a = Report("2025-06-01", 15.12, -1.15, 60, "x", "y");
        var b = Report("2025-06-01", 15.12, -1.15, 60, "x", "y", type: "Explosions/Remote violence", sub: "Air/drone strike");
        var m = EventMerger.Match(a, b);
        Assert.False(m.Same);
        Assert.Contains("event type differs", m.Explain());
    }

    [Fact]
    public void Places_200_km_apart_do_not_match()
    {
        var a = Report("2025-06-01", 15.12, -1.15, 1, "x", "y");
        var b = Report("2025-06-01", 16.92, -1.15, 1, "x", "y");
        Assert.False(EventMerger.Match(a, b).Same);
    }

    [Fact]
    public void Dates_outside_the_window_do_not_match()
    {
        var a = Report("2025-06-01", 15.12, -1.15, 1, "x", "y");
        var b = Report("2025-06-05", 15.12, -1.15, 1, "x", "y");
        Assert.False(EventMerger.Match(a, b).Same);
    }

    [Fact]
    public void No_actor_in_common_does_not_match()
    {
        var a = Report("2025-06-01", 15.12, -1.15, 1, "x", "y");
        var b = Report("2025-06-01", 15.12, -1.15, 1, "x", "y", actor1: "Unidentified Armed Group (Mali)", actor2: "Civilians (Mali)");
        Assert.False(EventMerger.Match(a, b).Same);
    }

    [Fact]
    public void Undated_reports_are_never_merged()
    {
        var a = Report("2025-06-01", 15.12, -1.15, 1, "x", "y") with { EventDate = "" };
        var b = Report("2025-06-01", 15.12, -1.15, 1, "x", "y");
        Assert.False(EventMerger.Match(a, b).Same);
    }

    [Fact]
    public void Merge_keeps_every_claim_and_takes_the_lowest_credible_toll_with_the_full_range()
    {
        var a = Report("2025-06-01", 15.12, -1.15, 60, "activist", "at least 60 killed", low: 60, high: 80) with { Articles = ["a1"] };
        var b = Report("2025-06-01", 15.13, -1.15, 40, "army", "40 killed") with { Articles = ["a2"] };
        var c = Report("2025-06-02", 15.12, -1.15, 0, "group", "claimed the attack") with { Articles = ["a3"], FatalitiesLow = null, FatalitiesHigh = null };
        var m = EventMerger.Merge([a, b, c]);
        Assert.Equal(40, m.Fatalities);
        Assert.Equal(40, m.FatalitiesLow);
        Assert.Equal(80, m.FatalitiesHigh);
        Assert.Equal(3, m.Claims.Count);
        Assert.Equal(["a1", "a2", "a3"], m.Articles);
        Assert.Equal(["a1", "a2", "a3"], m.Claims.Select(x => x.Article));
        Assert.Equal(2, m.Evidence["fatalities"].Count + (m.Evidence["fatalities"].Any(e => e.Article == "a3") ? -1 : 0));
    }

    [Fact]
    public void Merge_takes_the_most_precise_date_and_place()
    {
        var vague = Report("2025-06-01", 15.0, -1.0, 5, "x", "y") with { TimePrecision = 2, GeoPrecision = 3, Location = "Region" };
        var exact = Report("2025-06-02", 15.12, -1.15, 7, "z", "w") with { Location = "Testville" };
        var m = EventMerger.Merge([vague, exact]);
        Assert.Equal("2025-06-02", m.EventDate);
        Assert.Equal("Testville", m.Location);
        Assert.Equal(5, m.Fatalities);
    }

    [Fact]
    public void Distance_is_right_for_a_known_pair()
    {
        // Bamako to Timbuktu is about 710 km as the crow flies.
        double km = GreatCircle.DistanceKm(12.6392, -8.0029, 16.7735, -3.0074);
        Assert.InRange(km, 690, 730);
    }
}
