using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sitrep.Tests.Support;

/// <summary>
/// A fact in a shared store test base class. Run once per subclass (one per store); in a subclass
/// marked <see cref="INeedsPostgres"/> it is skipped, with the reason, where PostgreSQL is not installed.
/// </summary>
/// <remarks>xunit 2 has no run-time skip, and an inherited [Fact] cannot know its subclass; the discoverer can.</remarks>
[XunitTestCaseDiscoverer("Sitrep.Tests.Support.StoreFactDiscoverer", "Sitrep.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo fact) =>
        new StoreTestCase(DiagnosticMessageSink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method);
}

public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase() { }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method)
        : base(sink, display, displayOptions, method) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var type = TestMethod.TestClass.Class.ToRuntimeType();
        if (typeof(INeedsPostgres).IsAssignableFrom(type) && PostgresServer.Unavailable is { } why) return why;
        return base.GetSkipReason(factAttribute);
    }
}
