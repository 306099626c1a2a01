using Sitrep.Text;

namespace Sitrep.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void Rejects_end_before_start() => Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));

    [Fact]
    public void Cover_and_overlap()
    {
        var a = new TextSpan(2, 5);
        var b = new TextSpan(4, 9);
        Assert.True(a.Overlaps(b));
        Assert.Equal(new TextSpan(2, 9), a.Cover(b));
        Assert.False(new TextSpan(0, 2).Overlaps(new TextSpan(2, 3)));
    }
}
