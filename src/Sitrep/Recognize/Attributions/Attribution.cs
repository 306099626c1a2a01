using Sitrep.Recognize.Actors;
using Sitrep.Text;

namespace Sitrep.Recognize.Attributions;

/// <summary>Who a claim comes from, as far as the words tell.</summary>
public enum SourceKind
{
    Military, Police, Government, Official, Medical, CivilSociety, Monitor, Residents, ArmedGroup,
    International, Media, Unknown,
}

/// <summary>What the source does with the claim.</summary>
public enum AttributionType { Said, ClaimedResponsibility, Denied, Acknowledged, Accused, Reported }

/// <summary>
/// A claim attributed to a source: "the army said", "according to residents", "JNIM claimed responsibility".
/// <paramref name="Span"/> covers the source and the reporting words; <paramref name="SourceSpan"/> is the
/// source's noun phrase without a leading determiner (for a pronoun, the pronoun itself).
/// <paramref name="Source"/> is the source's text, or for a pronoun ("he said", "the official said") the text
/// of the previous attribution's source in the document. <paramref name="Anonymous"/> is true for unnamed
/// sources ("a hospital employee", "sources", "who spoke on condition of anonymity").
/// <paramref name="SourceActor"/> is the actor mention inside the source, when there is one ("JNIM", "the army").
/// </summary>
public sealed record AttributionMention(TextSpan Span, TextSpan SourceSpan, string Source, SourceKind Kind,
    AttributionType Type, bool Anonymous, ActorMention? SourceActor) : Mention(Span)
{
    public override string ToString() =>
        $"Attribution{Span} {Type} by \"{Source}\" ({Kind}{(Anonymous ? ", anonymous" : "")}){(SourceActor is null ? "" : " actor " + SourceActor.Actor.Id)}";
}
