using System.Collections.Concurrent;
using Sitrep.Store;

namespace Sitrep.Server;

/// <summary>
/// Store connections for concurrent requests. A store object is single-threaded (one connection), and
/// opening one checks the schema, so requests borrow an open one and give it back; at most
/// <see cref="Size"/> are open, and a request waits for one rather than opening more (reads are CPU-bound,
/// so more connections than a few per core only add contention). Writes (ingest, review) also take
/// <see cref="WriteLock"/>: the store has one writer at a time, as the ingest does.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly string? _db;
    private readonly ConcurrentBag<IEventStore> _idle = [];
    private readonly SemaphoreSlim _slots;
    public int Size { get; }
    public SemaphoreSlim WriteLock { get; } = new(1, 1);
    /// <summary>Totals of recent filters; see <see cref="TotalsCache"/>.</summary>
    public TotalsCache Totals { get; } = new();

    public StorePool(string? db, int? size = null)
    {
        _db = db;
        Size = size ?? Math.Max(4, Environment.ProcessorCount * 2);
        _slots = new SemaphoreSlim(Size, Size);
    }

    /// <summary>Opens one store now, so a bad --db fails at start with its message rather than on the first request.</summary>
    public string Describe()
    {
        using var lease = Rent();
        return lease.Store.Describe;
    }

    public Lease Rent()
    {
        _slots.Wait();
        try { return new(this, _idle.TryTake(out var s) ? s : EventStores.Open(_db)); }
        catch { _slots.Release(); throw; }
    }

    /// <summary>As <see cref="Rent"/>, waiting for a free store without holding a thread.</summary>
    public async Task<Lease> RentAsync(CancellationToken cancel = default)
    {
        await _slots.WaitAsync(cancel);
        try { return new(this, _idle.TryTake(out var s) ? s : EventStores.Open(_db)); }
        catch { _slots.Release(); throw; }
    }

    private void Return(IEventStore s)
    {
        _idle.Add(s);
        _slots.Release();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var s)) s.Dispose();
        WriteLock.Dispose();
    }

    public readonly struct Lease(StorePool pool, IEventStore store) : IDisposable
    {
        public IEventStore Store => store;
        public void Dispose() => pool.Return(store);
    }
}

/// <summary>
/// How many events a filter matches, kept a few seconds: counting is a scan of the matching rows, and
/// the dashboard and API clients ask for the same totals again and again. Writes through this server
/// clear it at once; a concurrent <c>sitrep ingest</c> shows in totals within <see cref="MaxAge"/>.
/// </summary>
public sealed class TotalsCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<EventFilter, (Lazy<long> Total, long At)> _totals = new();

    /// <summary>The cached total, or one count shared by every request that asks for it while it runs.</summary>
    public long Get(EventFilter filter, Func<EventFilter, long> count)
    {
        var key = filter with { Limit = null, Offset = 0 };
        var now = Environment.TickCount64;
        if (_totals.TryGetValue(key, out var hit) && now - hit.At < MaxAge.TotalMilliseconds) return Value(key, hit.Total);
        if (_totals.Count > 10_000) _totals.Clear();
        var fresh = (new Lazy<long>(() => count(key), LazyThreadSafetyMode.ExecutionAndPublication), now);
        var entry = _totals.AddOrUpdate(key, fresh, (_, old) => now - old.At < MaxAge.TotalMilliseconds ? old : fresh);
        return Value(key, entry.Total);
    }

    private long Value(EventFilter key, Lazy<long> total)
    {
        try { return total.Value; }
        catch { _totals.TryRemove(key, out _); throw; }
    }

    public void Clear() => _totals.Clear();
}
