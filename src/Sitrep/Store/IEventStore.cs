using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>An article as stored: its text, where it came from, and the hash that makes it unique.</summary>
public sealed record StoredArticle
{
    /// <summary>SHA-256 of the normalised text (hex); unique in the store, so an article is stored once.</summary>
    public required string Hash { get; init; }
    public required string Text { get; init; }
    /// <summary>Where it was read from: a path, a URL, or "FILE:LINE" for JSON lines.</summary>
    public string Origin { get; init; } = "";
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Source { get; init; }
    public string? Author { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>The id events cite this article by: the first 16 hex digits of the hash, stable across stores.</summary>
    public string Ref => Hash[..16];
}

/// <summary>An event in the store: its id, the merged record, and each report it was built from.</summary>
public sealed record StoredEvent(long Id, EventRecord Record, IReadOnlyList<StoredReport> Reports)
{
    /// <summary>The analyst's last verdict: null while unreviewed, else "confirm", "correct" or "reject".</summary>
    public string? Review { get; init; }
}

/// <summary>One article's account of an event, as the coder gave it, and why it was merged.</summary>
public sealed record StoredReport(long Id, string ArticleRef, string Origin, string? Title, string? Source, DateOnly? Published,
    EventRecord Record, string MatchReason);

/// <summary>Which events to list; every part is optional.</summary>
public sealed record EventFilter
{
    public string? Country { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    /// <summary>Event type or sub-event type, case-insensitive.</summary>
    public string? Type { get; init; }
    public (double Lat, double Lon, double Km)? Near { get; init; }
    /// <summary>Part of actor 1 or actor 2's name, case-insensitive.</summary>
    public string? Actor { get; init; }
    public int? Limit { get; init; }
    /// <summary>Events skipped before the first one listed (paging); used with <see cref="Limit"/>.</summary>
    public int Offset { get; init; }
    /// <summary>Rejected events are left out of every list and export unless this is set (the review screen).</summary>
    public bool IncludeRejected { get; init; }
}

/// <summary>What storing a batch did.</summary>
public sealed record StoreOutcome(int ArticlesNew, int ArticlesDuplicate, int EventsNew, int EventsMerged)
{
    public static StoreOutcome operator +(StoreOutcome a, StoreOutcome b) =>
        new(a.ArticlesNew + b.ArticlesNew, a.ArticlesDuplicate + b.ArticlesDuplicate, a.EventsNew + b.EventsNew, a.EventsMerged + b.EventsMerged);
    public static StoreOutcome Zero { get; } = new(0, 0, 0, 0);
}

public sealed record StoreCounts(long Articles, long Events, long Reports);

/// <summary>An article and the events its coder found, ready to store.</summary>
public sealed record CodedArticle(StoredArticle Article, IReadOnlyList<EventRecord> Events);

/// <summary>
/// Where articles and events are kept. One writer at a time (the ingest uses a single writer thread);
/// every <see cref="Add"/> is one transaction, so a crash leaves each article either fully stored with
/// its events or not at all, and the unique hash makes a rerun skip what is already there.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>A short description for messages: the SQLite path, or the PostgreSQL host and database.</summary>
    string Describe { get; }
    int SchemaVersion { get; }
    bool HasArticle(string hash);
    /// <summary>Every stored article's hash, loaded once so readers can skip known articles without touching the store.</summary>
    IReadOnlyCollection<string> ArticleHashes();
    /// <summary>Stores the articles and their events in one transaction, merging events with stored ones.</summary>
    StoreOutcome Add(IReadOnlyList<CodedArticle> batch);
    IReadOnlyList<StoredEvent> Events(EventFilter filter);
    StoredEvent? Event(long id);
    /// <summary>Takes one article's report out of an event into an event of its own; returns the new event's id.</summary>
    long Split(long eventId, string articleRef);
    StoreCounts Counts();
    /// <summary>How many events the filter matches, ignoring its limit and offset.</summary>
    long CountEvents(EventFilter filter);
    /// <summary>Each country and each event type with how many (not rejected) events it has, most first: the dashboard's filter choices.</summary>
    EventFacets Facets();
    /// <summary>A stored article by its ref (or a longer prefix of its hash); null when none.</summary>
    StoredArticle? Article(string reference);
    /// <summary>
    /// Records an analyst's verdict on an event in one transaction: confirm, correct one field, or reject.
    /// A correction is applied to the stored event at once and again whenever a new report is merged into
    /// it, so the analyst's value wins over the coder's in lists and exports; rejected events are left out.
    /// </summary>
    Correction Review(long eventId, ReviewInput review);
    /// <summary>The audit trail of an event, oldest first.</summary>
    IReadOnlyList<Correction> Corrections(long eventId);
    /// <summary>Problems found by an integrity check (orphan rows, events with no report); empty when sound.</summary>
    IReadOnlyList<string> Check();
}

/// <summary>A store refused something (bad id, unknown article); the message is for the user.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>What an analyst does to an event: <c>confirm</c>, <c>correct</c> (Field and Value) or <c>reject</c>.</summary>
public sealed record ReviewInput(string Action, string Who, string? Field = null, string? Value = null);

/// <summary>One row of the audit trail: who did what to which field of an event, when, from what value to what.</summary>
public sealed record Correction(long Id, long EventId, string Action, string? Field, string? Before, string? After, string Who, string At);

/// <summary>The values the event filters can take, each with its number of events.</summary>
public sealed record EventFacets(IReadOnlyList<(string Value, long Count)> Countries, IReadOnlyList<(string Value, long Count)> Types,
    string? FirstDate, string? LastDate);
