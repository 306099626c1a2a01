using Sitrep.Output;
using Sitrep.Store;

namespace Sitrep.Server;

// The API's own shapes. Event records keep their ACLED column names (EventRecord's attributes);
// everything else is written in snake_case by the server's JSON options.

/// <summary>A page of events: the total the filters match, and this page of them.</summary>
public sealed record EventPage(long Total, int Offset, int Limit, IReadOnlyList<EventSummary> Events);

/// <summary>An event as the list, map and table show it; the full record is at <c>/api/events/{id}</c>.</summary>
public sealed record EventSummary(long Id, string? Review, string EventDate, string EventType, string SubEventType,
    string Actor1, string Actor2, string Country, string Admin1, string Location, double? Latitude, double? Longitude,
    int Fatalities, int? FatalitiesLow, int? FatalitiesHigh, int Reports)
{
    public static EventSummary Of(StoredEvent s)
    {
        var e = s.Record;
        return new(s.Id, s.Review, e.EventDate, e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Country, e.Admin1, e.Location,
            e.Latitude, e.Longitude, e.Fatalities, e.FatalitiesLow, e.FatalitiesHigh, e.Articles.Count);
    }
}

/// <summary>One event with every report behind it and the analyst's audit trail.</summary>
public sealed record EventDetail(long Id, string? Review, EventRecord Event, IReadOnlyList<ReportView> Reports, IReadOnlyList<Correction> Corrections);

public sealed record ReportView(long Id, string Article, string Origin, string? Title, string? Source, string? Published, string Match, EventRecord Record);

/// <summary>A stored article; <c>text</c> is what every evidence offset of its events points into.</summary>
public sealed record ArticleView(string Ref, string Hash, string Origin, string? Url, string? Title, string? Source, string? Author, string? Published, string Text);

/// <summary>An article sent to <c>POST /api/code</c> or <c>POST /api/articles</c>.</summary>
public sealed record ArticleRequest(string? Text, string? Published = null, string? Title = null, string? Source = null, string? Url = null);

public sealed record CodeResponse(IReadOnlyList<EventRecord> Events, IReadOnlyList<string> Diagnostics);

public sealed record IngestResponse(string Article, bool Duplicate, int EventsNew, int EventsMerged);

/// <summary>An analyst's verdict: <c>confirm</c>, <c>correct</c> (with field and value) or <c>reject</c>; who is required.</summary>
public sealed record ReviewRequest(string? Action, string? Who, string? Field = null, string? Value = null);

public sealed record ReviewResponse(Correction Correction, EventDetail Event);

public sealed record Facet(string Value, long Count);

/// <summary>What the filters can be set to, and which fields a correction may name.</summary>
public sealed record FacetsView(IReadOnlyList<Facet> Countries, IReadOnlyList<Facet> Types, string? FirstDate, string? LastDate, IReadOnlyList<string> Fields);
