using Sitrep.Text;

namespace Sitrep.Recognize.Quantities;

/// <summary>
/// A count of people and what happened to them: "killed at least 60 soldiers", "13 extremists had been
/// killed", "wounded 40 more". <see cref="IsSubset"/> marks a count inside another ("including 14
/// children") that must not be added to it; <see cref="IsRemainder"/> marks "all who did not die were taken
/// prisoner", whose count is the number present less the dead, worked out by the assembler.
/// </summary>
public sealed record CasualtyMention(
    TextSpan Span,
    Count Count,
    VictimGroup Group,
    string GroupWord,
    Outcome Outcome,
    bool IsSubset,
    bool IsRemainder,
    TextSpan CountSpan,
    TextSpan OutcomeSpan) : Mention(Span)
{
    public override string ToString() => $"Casualty {Outcome} {Count} {Group}('{GroupWord}'){(IsSubset ? " subset" : "")}{(IsRemainder ? " remainder" : "")} {Span}";
}
