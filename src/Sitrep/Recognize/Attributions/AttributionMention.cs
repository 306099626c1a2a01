using Sitrep.Recognize.Actors;
using Sitrep.Text;

namespace Sitrep.Recognize.Attributions;

public enum SourceKind { Military, Police, Government, Official, Medical, CivilSociety, Monitor, Residents, ArmedGroup, International, Media, Unknown }
public enum AttributionType { Said, ClaimedResponsibility, Denied, Acknowledged, Accused, Reported }

/// <summary>Who says something in the text (contract; the attribution recognizer fills it).</summary>
public sealed record AttributionMention(TextSpan Span, TextSpan SourceSpan, string Source, SourceKind Kind,
    AttributionType Type, bool Anonymous, ActorMention? SourceActor) : Mention(Span);
