namespace Sitrep.Tests.Support;

/// <summary>
/// A browser test: runs with Debian's chromium (<c>apt-get install chromium</c>, which .ci/run does) and is
/// reported as skipped, with the reason, where /usr/bin/chromium is absent. Playwright's own browser
/// download is never used.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
            Skip = $"skipped: {Path} is absent (apt-get install -y chromium); the browser test needs it";
    }
}
