using Sitrep.Pipeline;

namespace Sitrep.Read;

/// <summary>
/// One article found by a reader, or the reason one could not be read. <see cref="Origin"/> says where
/// (a path, a URL, "FILE:LINE"), so a skip can be reported and the rest go on.
/// </summary>
public sealed record SourceItem(string Origin, ArticleInput? Article, string? Author = null, string? Skipped = null)
{
    public static SourceItem Skip(string origin, string why) => new(origin, null, null, why);
}
