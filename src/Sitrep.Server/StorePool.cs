using System.Collections.Concurrent;
using Sitrep.Store;

namespace Sitrep.Server;

/// <summary>
/// Store connections for concurrent requests. A store object is single-threaded (one connection), and
/// opening one checks the schema, so requests borrow an open one and give it back. Writes (ingest,
/// review) also take <see cref="WriteLock"/>: the store has one writer at a time, as the ingest does.
/// </summary>
public sealed class StorePool(string? db, int keep = 32) : IDisposable
{
    private readonly ConcurrentBag<IEventStore> _idle = [];
    public SemaphoreSlim WriteLock { get; } = new(1, 1);
    public string? Db => db;

    /// <summary>Opens one store now, so a bad --db fails at start with its message rather than on the first request.</summary>
    public string Describe()
    {
        using var lease = Rent();
        return lease.Store.Describe;
    }

    public Lease Rent() => new(this, _idle.TryTake(out var s) ? s : EventStores.Open(db));

    private void Return(IEventStore s)
    {
        if (_idle.Count < keep) _idle.Add(s);
        else s.Dispose();
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
