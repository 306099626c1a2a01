namespace Sitrep.Text;

/// <summary>What a line of the page is, as the layout analyzer judged it.</summary>
public enum LineRole : byte
{
    /// <summary>Part of the story: its sentences are read for events.</summary>
    Body,
    Headline,
    /// <summary>A summary line under the headline (the "standfirst" or deck).</summary>
    Standfirst,
    Byline,
    /// <summary>A line that gives the publication date ("Published 3 June 2025", " date 2019-08-28").</summary>
    DateLine,
    /// <summary>A photo caption or credit.</summary>
    Caption,
    /// <summary>Site furniture: navigation, share prompts, advertisements, lists of other headlines.</summary>
    Furniture,
    Blank,
}

/// <summary>One line of the input with its role and, when it was set aside, why.</summary>
public sealed record Line(TextSpan Span, LineRole Role, string? Reason = null);
