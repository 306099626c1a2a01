using Sitrep.Eval;
using Sitrep.Output;

namespace Sitrep.Tests.Eval;

public class EvaluatorTests
{
    // Hand-made gold: two places 100 km apart, so "within_km" decides which is which.
    private static GoldEvent G(string id, string date, double? lat = 10.0, double? lon = 20.0, bool optional = false, double within = 25,
        string? location = null, IReadOnlyList<string>? names = null) =>
        new() { Id = id, EventDate = date, Latitude = lat, Longitude = lon, Optional = optional, WithinKm = within, Location = location, LocationNames = names };

    private static EventRecord P(string date, double? lat = 10.0, double? lon = 20.0, string location = "", int fatalities = 0) =>
        new() { EventDate = date, Latitude = lat, Longitude = lon, Location = location, Fatalities = fatalities };

    private static GoldFile File(params GoldEvent[] events) => new("x.gold.json", "x.txt", "/tmp/x.txt", null, "en", null, null, events);

    [Theory]
    [InlineData("2025-06-01", true)]
    [InlineData("2025-06-02", true)]
    [InlineData("2025-05-31", true)]
    [InlineData("2025-06-03", false)]
    [InlineData("", false)]
    public void Dates_match_within_a_day(string predicted, bool expected) =>
        Assert.Equal(expected, EventMatching.Matches(G("a", "2025-06-01"), P(predicted)));

    [Fact]
    public void Places_match_within_the_golds_km()
    {
        // 0.2 degrees of latitude is about 22 km.
        Assert.True(EventMatching.Matches(G("a", "2025-06-01"), P("2025-06-01", lat: 10.2)));
        Assert.False(EventMatching.Matches(G("a", "2025-06-01", within: 15), P("2025-06-01", lat: 10.2)));
        Assert.False(EventMatching.Matches(G("a", "2025-06-01"), P("2025-06-01", lat: 11.0)));
    }

    [Fact]
    public void Without_coordinates_places_match_by_name()
    {
        var gold = G("a", "2025-06-01", lat: null, lon: null, location: "Boulkessi", names: ["Boulkessi", "Boulikessi"]);
        Assert.True(EventMatching.Matches(gold, P("2025-06-01", null, null, "boulikessi")));
        Assert.False(EventMatching.Matches(gold, P("2025-06-01", null, null, "Mopti")));
        // A prediction without coordinates is matched by name even against a gold with coordinates (as score.py does).
        Assert.True(EventMatching.Matches(G("a", "2025-06-01", location: "Boulkessi"), P("2025-06-01", null, null, "Boulkessi")));
    }

    [Fact]
    public void Names_are_normalised_and_contained_either_way()
    {
        Assert.True(EventMatching.NamesMatch("Jama’at  Nasr al-Islam wal Muslimin (JNIM)", ["JNIM"]));
        Assert.True(EventMatching.NamesMatch("JNIM", ["JNIM: Group for Support of Islam and Muslims"]));
        Assert.False(EventMatching.NamesMatch("", ["JNIM"]));
        Assert.False(EventMatching.NamesMatch("ISWAP", ["JNIM", ""]));
    }

    [Fact]
    public void The_closest_prediction_wins_nearest_day_then_nearest_place()
    {
        var g = G("a", "2025-06-01");
        var preds = new[] { P("2025-06-02"), P("2025-06-01", lat: 10.1), P("2025-06-01", lat: 10.05) };
        Assert.Equal(2, EventMatching.BestMatch(g, preds, new HashSet<int>()));
        Assert.Equal(1, EventMatching.BestMatch(g, preds, new HashSet<int> { 2 }));
    }

    [Fact]
    public void Optional_events_absorb_leftovers_and_are_never_missed()
    {
        var gold = File(G("req", "2025-06-01"), G("opt", "2025-06-05", optional: true), G("opt2", "2025-07-01", optional: true));
        var ev = new Evaluator();
        var s = ev.Add(gold, [P("2025-06-01"), P("2025-06-05"), P("2025-08-01")]);
        Assert.Equal(1, s.Required);
        Assert.Equal(1, s.Exact);
        Assert.Equal(1, s.Absorbed);
        Assert.Equal(1, s.False);
        Assert.False(s.Ok);
        Assert.Equal("x.gold.json: SHORT 1/1 events exact, 1 false; 1 false event(s)", s.Line);
        var r = ev.Report();
        Assert.Equal(1, r.GoldEvents);
        Assert.Equal(2, r.PredictedEvents); // the absorbed one is neither right nor false
        Assert.Equal("events: recall 1.00 precision 0.50, fully right 1/1, files short 1/1", r.EventLine);
    }

    [Fact]
    public void No_codable_event_makes_every_prediction_false()
    {
        var ev = new Evaluator();
        Assert.Equal("x.gold.json: ok 0/0 events exact, 0 false", ev.Add(File(), []).Line);
        Assert.Equal("x.gold.json: SHORT 0/0 events exact, 2 false; 2 false event(s)", ev.Add(File(), [P("2025-06-01"), P("2025-06-02")]).Line);
        Assert.Equal("events: recall 0.00 precision 0.00, fully right 0/0, files short 1/2", ev.Report().EventLine);
    }

    [Fact]
    public void Missed_and_wrong_fields_are_noted_in_the_scorers_words()
    {
        var g = G("boulkessi", "2025-06-01", location: "Boulkessi") with
        {
            EventType = "Battles", SubEventTypes = ["Armed clash", "Non-state actor overtakes territory"],
            Actor1 = "JNIM: Group for Support of Islam and Muslims", Actor1Names = ["JNIM"],
            Country = "Mali", Fatalities = new GoldNumber(60), Wounded = new GoldNumber(40), CapturedMin = 180, CapturedMax = 220,
            Inter1 = "Rebel group", CivilianTargeting = "",
        };
        var p = P("2025-06-02", lat: 10.1, fatalities: 60) with
        {
            EventType = "Battles", SubEventType = "Armed clash", Actor1 = "JNIM", Country = "mali",
            Captured = new CountRange(150, 200), Inter1 = "State forces",
        };
        var ev = new Evaluator();
        var s = ev.Add(File(g, G("other", "2025-06-09")), [p]);
        Assert.Equal("x.gold.json: SHORT 0/2 events exact, 0 false; boulkessi: event_date=2025-06-02, wounded=None; other: missed", s.Line);
        var fields = ev.Report().Fields.ToDictionary(f => f.Name);
        Assert.Equal((1, 1, 0), (fields["event_date"].Gold, fields["event_date"].Predicted, fields["event_date"].Right));
        Assert.Equal((1, 0, 0), (fields["wounded"].Gold, fields["wounded"].Predicted, fields["wounded"].Right));
        Assert.Equal((1, 1, 1), (fields["captured"].Gold, fields["captured"].Predicted, fields["captured"].Right));
        Assert.Equal((1, 1, 0), (fields["inter1"].Gold, fields["inter1"].Predicted, fields["inter1"].Right));
        // An empty civilian_targeting in the gold is scored: the coder's empty value is right.
        Assert.Equal((1, 1, 1), (fields["civilian_targeting"].Gold, fields["civilian_targeting"].Predicted, fields["civilian_targeting"].Right));
        Assert.Equal(0, fields["admin1"].Gold);
        Assert.Equal(1.0, fields["location"].Recall);
        Assert.Equal(0.0, fields["inter1"].Precision);
    }

    [Fact]
    public void Location_checks_distance_where_the_gold_has_coordinates()
    {
        var g = G("a", "2025-06-01");
        Assert.Equal(["no coordinates"], EventMatching.CheckFields(g, P("2025-06-01", null, null, "X")));
        var far = G("a", "2025-06-01", lat: null, lon: null, names: ["Kidal"]);
        Assert.Equal(["location=Gao"], EventMatching.CheckFields(far, P("2025-06-01", null, null, "Gao")));
    }

    [Fact]
    public void A_file_the_coder_could_not_code_counts_its_events_missed()
    {
        var ev = new Evaluator();
        ev.AddFailure(File(G("a", "2025-06-01"), G("b", "2025-06-01", optional: true)), "coder failed: boom", "x.gold.json");
        var r = ev.Report();
        Assert.Equal("x.gold.json: coder failed: boom", r.Files[0].Line);
        Assert.Equal("events: recall 0.00 precision 0.00, fully right 0/1, files short 1/1", r.EventLine);
    }

    [Fact]
    public void Published_dates_found_are_counted()
    {
        var ev = new Evaluator();
        var d = new DateOnly(2025, 6, 3);
        ev.AddPublished(d, d);
        ev.AddPublished(d, d.AddDays(1));
        ev.AddPublished(d, null);
        ev.AddPublished(null, d);
        var r = ev.Report();
        Assert.Equal((3, 1, 1), (r.PublishedChecked, r.PublishedRight, r.PublishedNone));
    }
}
