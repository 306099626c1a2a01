namespace Sitrep.Pipeline;

/// <summary>
/// An article as handed to the coder: its text and what the caller knows about it. A given
/// <see cref="Published"/> date wins over any date found in the text.
/// </summary>
public sealed record ArticleInput(
    string Text,
    string Id = "-",
    DateOnly? Published = null,
    string? Source = null,
    string? Url = null,
    string? Title = null);
