namespace Sitrep.Tests.Support;

/// <summary>Where the repository and the optional ../shared folder are, found from the test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the checkout, or null where it is absent (an end user's clone).</summary>
    public static string? Shared
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(p) ? p : null;
        }
    }

    public static string Examples => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Sitrep.slnx not found above the test binary.");
    }
}
