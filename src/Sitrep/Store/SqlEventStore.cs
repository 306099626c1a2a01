using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>
/// The store's logic over plain ADO.NET, shared by SQLite and PostgreSQL: both speak the same SQL for
/// everything here (<c>ON CONFLICT</c>, <c>RETURNING</c>, named parameters). Subclasses give the
/// connection, the migrations and the few dialect differences (JSON column type, the PostGIS point).
/// </summary>
/// <remarks>Not thread-safe: one store object is used by one thread (the ingest's single writer).</remarks>
public abstract class SqlEventStore : IEventStore
{
    protected static readonly JsonSerializerOptions RecordJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    protected DbConnection Connection { get; }
    private readonly MergeOptions _merge;
    public int SchemaVersion { get; private set; }
    public abstract string Describe { get; }

    protected SqlEventStore(DbConnection connection, MergeOptions? merge)
    {
        Connection = connection;
        _merge = merge ?? MergeOptions.Default;
    }

    protected abstract IReadOnlyList<Migration> MigrationSteps { get; }
    /// <summary>How a JSON parameter is written in SQL (PostgreSQL casts text to jsonb).</summary>
    protected virtual string JsonValue(string parameter) => parameter;
    /// <summary>Extra column assignments for an event row, e.g. the PostGIS point.</summary>
    protected virtual (string Columns, string Values, string Set) EventExtras => ("", "", "");
    /// <summary>SQL condition for <c>--near</c> using @nlat, @nlon, @nkm; null to filter in memory only.</summary>
    protected virtual string? NearCondition => null;
    /// <summary>A LIMIT that limits nothing (SQLite needs a LIMIT before OFFSET; PostgreSQL spells it ALL).</summary>
    protected virtual string NoLimit => "-1";
    /// <summary>Locks the schema while migrating, where two processes might migrate at once.</summary>
    protected virtual void LockForMigration(DbTransaction tx) { }

    /// <summary>Creates or upgrades the schema; refuses a store written by a newer Sitrep.</summary>
    protected void Migrate()
    {
        using var tx = Connection.BeginTransaction();
        LockForMigration(tx);
        Exec(tx, "CREATE TABLE IF NOT EXISTS schema_version(version integer PRIMARY KEY, description text NOT NULL, applied text NOT NULL)");
        var current = Convert.ToInt32(Scalar(tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version") ?? 0);
        var latest = MigrationSteps.Max(m => m.Version);
        if (current > latest)
            throw new StoreException($"{Describe}: schema version {current} is newer than this sitrep knows ({latest}); upgrade sitrep.");
        foreach (var m in MigrationSteps.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            Exec(tx, m.Sql);
            Exec(tx, "INSERT INTO schema_version(version, description, applied) VALUES (@v, @d, @a)",
                ("@v", m.Version), ("@d", m.Description), ("@a", Now()));
        }
        tx.Commit();
        SchemaVersion = latest;
    }

    public IReadOnlyCollection<string> ArticleHashes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command(null, "SELECT hash FROM articles");
        using var r = cmd.ExecuteReader();
        while (r.Read()) set.Add(r.GetString(0));
        return set;
    }

    public bool HasArticle(string hash) => Scalar(null, "SELECT 1 FROM articles WHERE hash = @h", ("@h", hash)) is not null;

    public StoreOutcome Add(IReadOnlyList<CodedArticle> batch)
    {
        using var tx = Connection.BeginTransaction();
        var total = StoreOutcome.Zero;
        foreach (var a in batch) total += AddOne(tx, a);
        tx.Commit();
        return total;
    }

    private StoreOutcome AddOne(DbTransaction tx, CodedArticle coded)
    {
        var a = coded.Article;
        var id = Scalar(tx, """
            INSERT INTO articles(hash, ref, origin, url, title, source, author, published, text, ingested)
            VALUES (@hash, @ref, @origin, @url, @title, @source, @author, @published, @text, @ingested)
            ON CONFLICT(hash) DO NOTHING RETURNING id
            """,
            ("@hash", a.Hash), ("@ref", a.Ref), ("@origin", a.Origin), ("@url", a.Url), ("@title", a.Title),
            ("@source", a.Source), ("@author", a.Author), ("@published", a.Published?.ToString("yyyy-MM-dd")),
            ("@text", a.Text), ("@ingested", Now()));
        if (id is null) return new StoreOutcome(0, 1, 0, 0);
        long articleId = Convert.ToInt64(id);

        int fresh = 0, merged = 0;
        foreach (var raw in coded.Events)
        {
            var e = Cite(raw, a.Ref);
            var (match, why, current) = FindMatch(tx, e, articleId);
            // The report and its event are written in one command (one round trip to PostgreSQL).
            (string, object?)[] report = [("@a", articleId), ("@r", JsonSerializer.Serialize(e, RecordJson))];
            if (match is { } eventId)
            {
                // Merging into the merged record equals merging all reports again (the rule is
                // order-keeping and associative), and saves re-reading every report of a big event.
                Exec(tx, $"INSERT INTO reports(event_id, article_id, record, match) VALUES (@id, @a, {JsonValue("@r")}, @m);\n{UpdateEventSql}",
                    [.. report, ("@m", why), ("@id", eventId), .. EventParameters(ApplyCorrections(tx, eventId, EventMerger.Merge([current!, e])))]);
                merged++;
            }
            else
            {
                Exec(tx, $"{InsertEventSql};\nINSERT INTO reports(event_id, article_id, record, match) VALUES ({LastInsertId}, @a, {JsonValue("@r")}, @m)",
                    [.. report, ("@m", "first report of this event"), .. EventParameters(EventMerger.Merge([e]))]);
                fresh++;
            }
        }
        return new StoreOutcome(1, 0, fresh, merged);
    }

    /// <summary>Marks the record, its claims and its evidence as coming from this article.</summary>
    private static EventRecord Cite(EventRecord e, string articleRef) => e with
    {
        Articles = e.Articles.Contains(articleRef) ? e.Articles : [.. e.Articles, articleRef],
        Claims = e.Claims.Select(c => c.Article.Length > 0 ? c : c with { Article = articleRef }).ToList(),
        Evidence = e.Evidence.ToDictionary(kv => kv.Key,
            kv => (IReadOnlyList<Evidence>)kv.Value.Select(s => s.Article.Length > 0 ? s : s with { Article = articleRef }).ToList()),
    };

    /// <summary>The closest stored event this report matches, from candidates of the same type within the date window.</summary>
    private (long? Id, string Why, EventRecord? Current) FindMatch(DbTransaction tx, EventRecord e, long articleId)
    {
        if (!EventMerger.TryDate(e.EventDate, out var d)) return (null, "", null);
        using var cmd = Command(tx, """
            SELECT id, record FROM events e
            WHERE event_type = @t AND event_date >= @from AND event_date <= @to
              AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id AND r.article_id = @aid)
            ORDER BY id
            """,
            ("@t", e.EventType), ("@from", Iso(d.AddDays(-_merge.DateWindowDays))), ("@to", Iso(d.AddDays(_merge.DateWindowDays))),
            ("@aid", articleId));
        var candidates = new List<(long, EventRecord)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) candidates.Add((r.GetInt64(0), Parse(r.GetString(1))));

        (long? id, string why, double score, EventRecord? rec) best = (null, "", double.MaxValue, null);
        foreach (var (cid, rec) in candidates)
        {
            var m = EventMerger.Match(rec, e, _merge);
            if (!m.Same) continue;
            double score = Math.Abs(EventMerger.TryDate(rec.EventDate, out var cd) ? cd.DayNumber - d.DayNumber : 0) * 100
                + (rec.Latitude is { } la && rec.Longitude is { } lo && e.Latitude is { } la2 && e.Longitude is { } lo2 ? GreatCircle.DistanceKm(la, lo, la2, lo2) : 0);
            if (score < best.score) best = (cid, $"merged into event {cid}: {m.Explain()}", score, rec);
        }
        return (best.id, best.why, best.rec);
    }

    private string InsertEventSql => $"""
        INSERT INTO events(event_date, year, event_type, sub_event_type, actor1, actor2, country, iso, admin1, location,
                           latitude, longitude, fatalities, fatalities_low, fatalities_high, record, updated{EventExtras.Columns})
        VALUES (@date, @year, @type, @sub, @a1, @a2, @country, @iso, @admin1, @loc, @lat, @lon, @fat, @low, @high, {JsonValue("@rec")}, @upd{EventExtras.Values})
        """;

    private string UpdateEventSql => $"""
        UPDATE events SET event_date = @date, year = @year, event_type = @type, sub_event_type = @sub, actor1 = @a1, actor2 = @a2,
          country = @country, iso = @iso, admin1 = @admin1, location = @loc, latitude = @lat, longitude = @lon,
          fatalities = @fat, fatalities_low = @low, fatalities_high = @high, record = {JsonValue("@rec")}, updated = @upd{EventExtras.Set}
        WHERE id = @id
        """;

    /// <summary>The id the last INSERT made, in SQL (SQLite's rowid, PostgreSQL's identity sequence).</summary>
    protected abstract string LastInsertId { get; }

    private long InsertEvent(DbTransaction tx, EventRecord e) =>
        Convert.ToInt64(Scalar(tx, InsertEventSql + " RETURNING id", EventParameters(e)));

    /// <summary>Rebuilds an event's merged record from all its reports.</summary>
    private void Recompute(DbTransaction tx, long eventId)
    {
        var reports = new List<EventRecord>();
        using (var cmd = Command(tx, "SELECT record FROM reports WHERE event_id = @e ORDER BY id", ("@e", eventId)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) reports.Add(Parse(r.GetString(0)));
        UpdateEvent(tx, eventId, EventMerger.Merge(reports));
    }

    private void UpdateEvent(DbTransaction tx, long eventId, EventRecord merged) =>
        // The analyst's corrections win over whatever the reports say, now and after every later merge.
        Exec(tx, UpdateEventSql, [.. EventParameters(ApplyCorrections(tx, eventId, merged)), ("@id", eventId)]);

    private static (string, object?)[] EventParameters(EventRecord e) =>
    [
        ("@date", e.EventDate), ("@year", e.Year), ("@type", e.EventType), ("@sub", e.SubEventType),
        ("@a1", e.Actor1), ("@a2", e.Actor2), ("@country", e.Country), ("@iso", e.Iso), ("@admin1", e.Admin1),
        ("@loc", e.Location), ("@lat", e.Latitude), ("@lon", e.Longitude), ("@fat", e.Fatalities),
        ("@low", e.FatalitiesLow), ("@high", e.FatalitiesHigh), ("@rec", JsonSerializer.Serialize(e, RecordJson)), ("@upd", Now()),
    ];

    public IReadOnlyList<StoredEvent> Events(EventFilter f)
    {
        var (baseWhere, ps) = Conditions(f);
        var where = new List<string>();
        if (baseWhere.Length > 0) where.Add(baseWhere[" WHERE ".Length..]);
        if (f.Near is { } n)
        {
            // A bounding box narrows the rows in SQL; the exact distance is checked below.
            double dLat = n.Km / 111.0, dLon = n.Km / (111.0 * Math.Max(0.01, Math.Cos(n.Lat * Math.PI / 180)));
            where.Add("latitude BETWEEN @minlat AND @maxlat");
            ps.AddRange([("@minlat", n.Lat - dLat), ("@maxlat", n.Lat + dLat)]);
            if (n.Lon - dLon >= -180 && n.Lon + dLon <= 180)
            {
                where.Add("longitude BETWEEN @minlon AND @maxlon");
                ps.AddRange([("@minlon", n.Lon - dLon), ("@maxlon", n.Lon + dLon)]);
            }
            if (NearCondition is { } nc) { where.Add(nc); ps.AddRange([("@nlat", n.Lat), ("@nlon", n.Lon), ("@nkm", n.Km)]); }
        }
        var whereSql = where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "";
        // With --near the exact distance is checked in memory, so paging happens after it.
        bool pageInSql = f.Near is null || NearCondition is not null;
        var page = (pageInSql && (f.Limit is not null || f.Offset > 0) ? $" LIMIT {f.Limit?.ToString(CultureInfo.InvariantCulture) ?? NoLimit}" : "")
            + (pageInSql && f.Offset > 0 ? $" OFFSET {f.Offset}" : "");
        var sql = page.Length > 0
            // The page is chosen from index entries alone (skipped or sorted rows are never read whole);
            // only the page's own rows are then read with their records.
            ? $"SELECT id, record, review FROM events WHERE id IN (SELECT id FROM events{whereSql} ORDER BY event_date, id{page}) ORDER BY event_date, id"
            : "SELECT id, record, review FROM events" + whereSql + " ORDER BY event_date, id" + page;
        var list = new List<StoredEvent>();
        using (var cmd = Command(null, sql, [.. ps]))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) list.Add(new StoredEvent(r.GetInt64(0), Parse(r.GetString(1)), []) { Review = Str(r, 2) });
        IEnumerable<StoredEvent> kept = list.Where(x => f.Near is not { } n
            || x.Record.Latitude is { } la && x.Record.Longitude is { } lo && GreatCircle.DistanceKm(n.Lat, n.Lon, la, lo) <= n.Km);
        if (!pageInSql) { kept = kept.Skip(f.Offset); if (f.Limit is { } lim) kept = kept.Take(lim); }
        return kept.ToList();
    }

    public long CountEvents(EventFilter f)
    {
        if (f.Near is not null) return Events(f with { Limit = null, Offset = 0 }).Count;
        var (whereSql, ps) = Conditions(f);
        return Convert.ToInt64(Scalar(null, "SELECT COUNT(*) FROM events" + whereSql, [.. ps]));
    }

    /// <summary>The WHERE clause of the filters answered in SQL alone (all but --near).</summary>
    private static (string, List<(string, object?)>) Conditions(EventFilter f)
    {
        var where = new List<string>();
        var ps = new List<(string, object?)>();
        if (f.Country is { } c) { where.Add("LOWER(country) = LOWER(@country)"); ps.Add(("@country", c)); }
        if (f.Since is { } s) { where.Add("event_date >= @since"); ps.Add(("@since", Iso(s))); }
        if (f.Until is { } u) { where.Add("event_date <= @until"); ps.Add(("@until", Iso(u))); }
        if (f.Type is { } t) { where.Add("(LOWER(event_type) = LOWER(@type) OR LOWER(sub_event_type) = LOWER(@type))"); ps.Add(("@type", t)); }
        if (!string.IsNullOrWhiteSpace(f.Actor)) { where.Add("(LOWER(actor1) LIKE @actor OR LOWER(actor2) LIKE @actor)"); ps.Add(("@actor", "%" + f.Actor.Trim().ToLowerInvariant() + "%")); }
        if (!f.IncludeRejected) where.Add("(review IS NULL OR review <> 'reject')");
        return (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "", ps);
    }

    public EventFacets Facets()
    {
        const string Kept = "WHERE (review IS NULL OR review <> 'reject')";
        List<(string, long)> Group(string column)
        {
            var list = new List<(string, long)>();
            using var cmd = Command(null, $"SELECT {column}, COUNT(*) FROM events {Kept} GROUP BY {column} ORDER BY COUNT(*) DESC, {column}");
            using var r = cmd.ExecuteReader();
            while (r.Read()) if (!r.IsDBNull(0) && r.GetString(0).Length > 0) list.Add((r.GetString(0), r.GetInt64(1)));
            return list;
        }
        string? first = null, last = null;
        using (var cmd = Command(null, $"SELECT MIN(event_date), MAX(event_date) FROM events {Kept} AND event_date <> ''"))
        using (var r = cmd.ExecuteReader())
            if (r.Read()) { first = Str(r, 0); last = Str(r, 1); }
        return new EventFacets(Group("country"), Group("event_type"), first, last);
    }

    public StoredArticle? Article(string reference)
    {
        var key = reference.Trim().ToLowerInvariant();
        if (key.Length < 16 || key.Length > 64 || !key.All(char.IsAsciiHexDigit)) return null;
        using var cmd = Command(null, """
            SELECT hash, text, origin, url, title, source, author, published FROM articles
            WHERE ref = @ref AND hash LIKE @prefix ORDER BY id LIMIT 1
            """, ("@ref", key[..16]), ("@prefix", key + "%"));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new StoredArticle
        {
            Hash = r.GetString(0), Text = r.GetString(1), Origin = r.GetString(2), Url = Str(r, 3), Title = Str(r, 4),
            Source = Str(r, 5), Author = Str(r, 6),
            Published = Str(r, 7) is { } p && DateOnly.TryParse(p, CultureInfo.InvariantCulture, out var d) ? d : null,
        };
    }

    public Correction Review(long eventId, ReviewInput review)
    {
        var action = review.Action.Trim().ToLowerInvariant();
        if (action is not ("confirm" or "correct" or "reject"))
            throw new StoreException($"action must be confirm, correct or reject, got '{review.Action}'.");
        var who = review.Who.Trim();
        if (who.Length == 0) throw new StoreException("a review must say who made it.");
        using var tx = Connection.BeginTransaction();
        if (Scalar(tx, "SELECT record FROM events WHERE id = @id", ("@id", eventId)) is not string json)
            throw new StoreException($"no event {eventId}.");
        var current = Parse(json);
        string? field = null, before = null, after = null;
        var at = Now();
        if (action == "correct")
        {
            field = review.Field?.Trim() ?? "";
            if (field.Length == 0) throw new StoreException("a correction must name the field it corrects.");
            if (!RecordFields.IsKnown(field))
                throw new StoreException($"'{field}' is not a field that can be corrected (fields: {string.Join(", ", RecordFields.Names)}).");
            var corrected = RecordFields.Set(current, field, review.Value ?? "");
            before = RecordFields.Get(current, field);
            after = RecordFields.Get(corrected, field);
        }
        var id = Scalar(tx, """
            INSERT INTO corrections(event_id, action, field, value_before, value_after, who, at)
            VALUES (@e, @a, @f, @b, @v, @w, @t) RETURNING id
            """, ("@e", eventId), ("@a", action), ("@f", field), ("@b", before), ("@v", after), ("@w", who), ("@t", at));
        if (action == "correct") UpdateEvent(tx, eventId, current);
        Exec(tx, "UPDATE events SET review = @r WHERE id = @id", ("@r", action), ("@id", eventId));
        tx.Commit();
        return new Correction(Convert.ToInt64(id), eventId, action, field, before, after, who, at);
    }

    public IReadOnlyList<Correction> Corrections(long eventId) => ReadCorrections(null, eventId);

    private List<Correction> ReadCorrections(DbTransaction? tx, long eventId)
    {
        var list = new List<Correction>();
        using var cmd = Command(tx, "SELECT id, action, field, value_before, value_after, who, at FROM corrections WHERE event_id = @e ORDER BY id", ("@e", eventId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new Correction(r.GetInt64(0), eventId, r.GetString(1), Str(r, 2), Str(r, 3), Str(r, 4), r.GetString(5), r.GetString(6)));
        return list;
    }

    /// <summary>The record with every stored correction of the event applied in order (the last one per field wins).</summary>
    private EventRecord ApplyCorrections(DbTransaction tx, long eventId, EventRecord e)
    {
        foreach (var c in ReadCorrections(tx, eventId))
            if (c.Action == "correct" && c.Field is { } f && RecordFields.IsKnown(f))
                e = RecordFields.Set(e, f, c.After ?? "");
        return e;
    }

    public StoredEvent? Event(long id)
    {
        EventRecord rec;
        string? review;
        using (var cmd = Command(null, "SELECT record, review FROM events WHERE id = @id", ("@id", id)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) return null;
            rec = Parse(r.GetString(0));
            review = Str(r, 1);
        }
        var reports = new List<StoredReport>();
        using (var cmd = Command(null, """
            SELECT r.id, a.ref, a.origin, a.title, a.source, a.published, r.record, r.match
            FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = @id ORDER BY r.id
            """, ("@id", id)))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                reports.Add(new StoredReport(r.GetInt64(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4),
                    Str(r, 5) is { } p && DateOnly.TryParse(p, CultureInfo.InvariantCulture, out var d) ? d : null,
                    Parse(r.GetString(6)), r.GetString(7)));
        return new StoredEvent(id, rec, reports) { Review = review };
    }

    public long Split(long eventId, string articleRef)
    {
        var ev = Event(eventId) ?? throw new StoreException($"no event {eventId}.");
        var taken = ev.Reports.Where(r => r.ArticleRef.StartsWith(articleRef, StringComparison.OrdinalIgnoreCase)
                                          || r.Origin == articleRef).ToList();
        if (taken.Count == 0)
            throw new StoreException($"event {eventId} has no report from article '{articleRef}' (its articles: {string.Join(", ", ev.Reports.Select(r => r.ArticleRef).Distinct())}).");
        if (taken.Select(r => r.ArticleRef).Distinct().Count() > 1)
            throw new StoreException($"'{articleRef}' names more than one article of event {eventId}; give more of the id.");
        if (taken.Count == ev.Reports.Count)
            throw new StoreException($"event {eventId} has no other report; there is nothing to split it from.");

        using var tx = Connection.BeginTransaction();
        long newId = InsertEvent(tx, EventMerger.Merge(taken.Select(r => r.Record).ToList()));
        foreach (var r in taken)
            Exec(tx, "UPDATE reports SET event_id = @n, match = @m WHERE id = @id",
                ("@n", newId), ("@m", $"split off from event {eventId} by hand"), ("@id", r.Id));
        Recompute(tx, eventId);
        tx.Commit();
        return newId;
    }

    public StoreCounts Counts() => new(
        Convert.ToInt64(Scalar(null, "SELECT COUNT(*) FROM articles")),
        Convert.ToInt64(Scalar(null, "SELECT COUNT(*) FROM events")),
        Convert.ToInt64(Scalar(null, "SELECT COUNT(*) FROM reports")));

    public virtual IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        void Count(string what, string sql)
        {
            long n = Convert.ToInt64(Scalar(null, sql));
            if (n > 0) problems.Add($"{n} {what}");
        }
        Count("report(s) of a missing event", "SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id)");
        Count("report(s) of a missing article", "SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = r.article_id)");
        Count("event(s) with no report", "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id)");
        Count("duplicate article hash(es)", "SELECT COUNT(*) FROM (SELECT hash FROM articles GROUP BY hash HAVING COUNT(*) > 1) d");
        return problems;
    }

    public virtual void Dispose() => Connection.Dispose();

    // --- small ADO.NET helpers ---

    protected DbCommand Command(DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = Connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            p.DbType = value switch
            {
                null when name is "@lat" or "@lon" => DbType.Double,
                null when name is "@year" or "@iso" or "@low" or "@high" => DbType.Int32,
                null => DbType.String,
                string => DbType.String,
                int => DbType.Int32,
                long => DbType.Int64,
                double => DbType.Double,
                _ => p.DbType,
            };
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    protected void Exec(DbTransaction? tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        cmd.ExecuteNonQuery();
    }

    protected object? Scalar(DbTransaction? tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    private static EventRecord Parse(string json) => JsonSerializer.Deserialize<EventRecord>(json, RecordJson)!;
    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
