using Sitrep.Geo.Compact;

namespace Sitrep.Geo;

/// <summary>
/// Finds the compact gazetteer that ships with Sitrep (built by tools/build-gazetteer.sh into
/// data/gazetteer/ and copied beside sitrep.dll by the CLI's build).
/// </summary>
public static class BundledGazetteer
{
    public const string FileName = "sitrep-gazetteer.bin";
    public const string EnvironmentVariable = "SITREP_GAZETTEER";

    /// <summary>Where the file is: $SITREP_GAZETTEER, beside the application, or data/gazetteer/ in a
    /// checkout above it (tests, benchmarks, `dotnet run`). Null when none is found.</summary>
    public static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(env)) return File.Exists(env) ? env : null;
        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        if (File.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var p = Path.Combine(dir.FullName, "data", "gazetteer", FileName);
            if (File.Exists(p)) return p;
        }
        return null;
    }

    private static readonly Lazy<CompactGazetteer?> _default = new(() => Locate() is { } p ? CompactGazetteer.Open(p) : null);

    /// <summary>The bundled gazetteer, opened once; null when the file is missing.</summary>
    public static CompactGazetteer? Default => _default.Value;
}
