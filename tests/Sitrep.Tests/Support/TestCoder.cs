using Sitrep.Output;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Support;

/// <summary>One default coder for the tests (building it loads the lexicons and the bundled gazetteer once).</summary>
public static class TestCoder
{
    private static readonly Lazy<Coder> Shared = new(() => new CoderBuilder().Build());
    public static Coder Instance => Shared.Value;

    public static IReadOnlyList<EventRecord> Code(string text, string published) =>
        Instance.Code(new ArticleInput(text, "test", DateOnly.Parse(published))).Events;
}
