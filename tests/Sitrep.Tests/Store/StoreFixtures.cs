using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Tests.Store;

/// <summary>Hand-built reports and articles for store tests (written for the tests; no news text).</summary>
internal static class StoreFixtures
{
    public const string Jnim = "JNIM: Group for Support of Islam and Muslims";
    public const string Army = "Military Forces of Mali";

    public static StoredArticle Article(string text, string source = "Test Wire", string? published = null) => new()
    {
        Hash = Ingestor.Hash(Ingestor.Normalize(text)),
        Text = text,
        Origin = $"test:{source}",
        Source = source,
        Published = published is null ? null : DateOnly.Parse(published),
    };

    public static EventRecord Report(string date, double lat, double lon, int killed, string by, string says,
        string type = "Battles", string sub = "Armed clash", string actor1 = Jnim, string actor2 = Army,
        string location = "Testville", string country = "Mali", int? low = null, int? high = null, bool noHigh = false) => new()
    {
        EventDate = date,
        Year = int.Parse(date[..4]),
        TimePrecision = 1,
        DisorderType = "Political violence",
        EventType = type,
        SubEventType = sub,
        Actor1 = actor1,
        Actor2 = actor2,
        Country = country,
        Location = location,
        Latitude = lat,
        Longitude = lon,
        GeoPrecision = 1,
        Fatalities = killed,
        FatalitiesLow = low ?? (killed > 0 ? killed : null),
        FatalitiesHigh = noHigh ? null : high ?? (killed > 0 ? killed : null),
        Claims = [new Claim(by, "toll", says, 0, says.Length)],
        Evidence = new Dictionary<string, IReadOnlyList<Evidence>> { ["fatalities"] = [new Evidence(0, says.Length, says)] },
    };

    public static CodedArticle Coded(string text, params EventRecord[] events) => new(Article(text), events);
}
