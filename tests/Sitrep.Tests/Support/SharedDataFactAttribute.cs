namespace Sitrep.Tests.Support;

/// <summary>
/// A test that reads ../shared (real articles, public data). Where ../shared is absent (an end user's
/// clone) the test is reported as skipped, with the reason, and never fails for that.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (RepoPaths.Shared is null)
            Skip = "skipped: ../shared is absent beside the checkout (real articles and public data live there)";
    }
}

/// <summary>The theory form of <see cref="SharedDataFactAttribute"/>.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (RepoPaths.Shared is null)
            Skip = "skipped: ../shared is absent beside the checkout (real articles and public data live there)";
    }
}
