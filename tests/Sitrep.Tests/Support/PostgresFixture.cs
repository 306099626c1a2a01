namespace Sitrep.Tests.Support;

/// <summary>A test that needs PostgreSQL with PostGIS; skipped, with the reason, where they are not installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable is { } why) Skip = why;
    }
}

/// <summary>
/// One cluster per test class, started on first use only, so a class whose tests are all skipped
/// (no PostgreSQL here) never tries to start one.
/// </summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresServer> _server = new(() => new PostgresServer());
    public PostgresServer Server => _server.Value;
    public void Dispose()
    {
        if (_server.IsValueCreated) _server.Value.Dispose();
    }
}

/// <summary>Marks a test class that runs its inherited tests against PostgreSQL.</summary>
public interface INeedsPostgres;
