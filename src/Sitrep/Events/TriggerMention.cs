using Sitrep.Recognize;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>The kind of action a trigger word names (data/lang/en/events.json, "triggers").</summary>
public enum TriggerFamily : byte
{
    Chemical, Suicide, Air, Shelling, Grenade, Explosive, Sexual, Abduction, Overtake, Regain, Withdraw, Clash, Attack,
    Protest, Intervention, Riot, Arrest, Destruction, Agreement, Base, Disrupted, Gunfire, GroupChange, Other,
}

/// <summary>A word or phrase that signals an event ("airstrike", "stormed", "tear gas").</summary>
public sealed record TriggerMention(TextSpan Span, TriggerFamily Family) : Mention(Span)
{
    public override string ToString() => $"Trigger {Family} {Span}";
}

/// <summary>Whether a sentence tells an event that happened, or something else.</summary>
public enum Modality : byte
{
    /// <summary>Tells something that happened.</summary>
    Asserted,
    /// <summary>A trend, a habit or the background of a conflict ("has battled an insurgency", "attacks have been on the rise").</summary>
    Background,
    /// <summary>An event long before the report ("in 2019 an attack on the same camp killed 40").</summary>
    History,
    /// <summary>Future, possible or wished-for ("could attack", "threatened to", "vowed to").</summary>
    Hypothetical,
    /// <summary>Denied or said not to have happened.</summary>
    Negated,
    /// <summary>Sums up several incidents told one by one elsewhere ("killed in separate incidents").</summary>
    Summary,
    /// <summary>About a report, a reaction or a proceeding rather than the event ("reports of an attack", "funerals were held").</summary>
    ReportOnly,
}

/// <summary>How the event detector read a sentence, with the words that decided it.</summary>
public sealed record SentenceModalityMention(TextSpan Span, Modality Modality, string Why, bool StartsNewEvent) : Mention(Span)
{
    public override string ToString() => $"Sentence {Span} {Modality}{(StartsNewEvent ? " new-event" : "")} ({Why})";
}

/// <summary>A word that marks background, a threat, a denial or a report ("this year", "could", "denied").</summary>
public sealed record CueMention(TextSpan Span, Modality Modality) : Mention(Span)
{
    public override string ToString() => $"Cue {Modality} {Span}";
}
