using Sitrep.Events;
using Sitrep.Recognize.Actors;
using Sitrep.Recognize.Attributions;
using Sitrep.Recognize.Quantities;
using Sitrep.Text;

namespace Sitrep.Classify;

/// <summary>An actor chosen for a role: the catalog entry, its country, and the mention that supports it (none
/// when the actor is read from the victims' description, e.g. "60 soldiers" → the military).</summary>
internal sealed record ActorPick(ActorEntry Entry, string? CountryIso2, TextSpan? Evidence, int Score);

/// <summary>
/// Decides who did what to whom in an event. The perpetrator (actor1) is, in order: a group that claimed the
/// attack; an actor introduced by "by"; the subject before the action word; a named armed group told
/// anywhere in the event. The target (actor2) is what the action was done to, or the side whose dead and
/// wounded are counted. Sources of statements ("Mali's army said") are never actors for what they report.
/// </summary>
internal static class ActorRoles
{
    public static (ActorPick? Actor1, ActorPick? Actor2) Choose(Document doc, EventDraft draft, ActorCatalog catalog)
    {
        string? storyCountry = draft.Place?.Place?.CountryCode;
        var agents = new List<ActorPick>();
        var patients = new List<ActorPick>();
        bool stateCounted = draft.AllFrames.SelectMany(f => f.Casualties).Any(c => c.Group is VictimGroup.Soldiers or VictimGroup.Police);
        int order = 0;
        var eventiveFrames = draft.Frames.ToHashSet();
        foreach (var frame in draft.AllFrames)
        {
            bool eventive = eventiveFrames.Contains(frame);
            // The sentences that first tell the event weigh most; later ones tell the aftermath.
            int late = order++ == 0 ? 0 : 10;
            var sources = frame.Attributions.Where(a => a.Type != AttributionType.ClaimedResponsibility).Select(a => a.SourceSpan).ToList();
            foreach (var a in frame.Attributions)
            {
                if (a.Type == AttributionType.ClaimedResponsibility && a.SourceActor is { } claimer && !claimer.IsGeneric)
                    agents.Add(new ActorPick(claimer.Actor, claimer.CountryIso2, claimer.Span, 100));
                // "Police blamed al-Shabaab": the group an authority holds responsible.
                if (a.Type == AttributionType.Accused &&
                    frame.Actors.FirstOrDefault(m => m.Span.Start >= a.Span.End - 1 && !m.IsGeneric && m.Span.Start - a.Span.End < 30 &&
                                                     m.Actor.Kind is ActorKind.NamedArmedGroup or ActorKind.Rebels or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia) is { } blamed)
                    agents.Add(new ActorPick(blamed.Actor, blamed.CountryIso2, blamed.Span, 80));
            }

            // Action words inside an actor's own name ("Russian shelling") do not end the subject.
            // Words that tell a death, not a deed ("dead", "died"), have no doer.
            var actions = frame.Triggers.Where(t => !frame.Actors.Any(a => a.Span.Contains(t.Span)) && !IsStateWord(doc, t)).ToList();
            int firstTrigger = actions.Count == 0 ? int.MinValue : actions.Min(t => t.Span.Start);
            // "a clash between government forces and members of the NPA": the first named is actor1.
            var between = BetweenPair(doc, frame);
            if (between is { } pair)
            {
                // Text order is a weak cue: who attacked whom, told elsewhere, wins over it.
                agents.Add(new ActorPick(pair.First.Actor, pair.First.CountryIso2, pair.First.Span, 45));
                patients.Add(new ActorPick(pair.Second.Actor, pair.Second.CountryIso2, pair.Second.Span, 45));
            }
            foreach (var m in frame.Actors)
            {
                if (sources.Any(s => s.Overlaps(m.Span))) continue;
                // A group known to act elsewhere is a misreading here (an unknown group's name ending in a known one's).
                if (storyCountry is not null && !m.IsGeneric && m.Actor.Countries.Count > 0 && !m.Actor.Countries.Contains(storyCountry)
                    && m.Actor.Kind is ActorKind.NamedArmedGroup or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia or ActorKind.Rebels) continue;
                var kind = m.Actor.Kind;
                bool victim = frame.Casualties.Any(c => c.Span.Overlaps(m.Span) && c.Outcome is not Outcome.Present);
                if (BySource(doc, m.Span, frame.Sentence)) continue; // "the figure announced by police"
                // "killed in Syrian government air strikes": a weapon named with its owner is the doer wherever it stands.
                if (frame.Triggers.Any(t => m.Span.Contains(t.Span) && t.Family is TriggerFamily.Air or TriggerFamily.Shelling or TriggerFamily.Explosive))
                {
                    agents.Add(new ActorPick(m.Actor, m.CountryIso2, m.Span, eventive ? 55 : 25));
                    continue;
                }
                bool byAgent = PrecededBy(doc, m.Span, frame.Sentence, "by");
                // The subject: before the first action word, or right before any ("militants ambushed").
                bool subject = m.Span.End <= firstTrigger || actions.Any(t => t.Span.Start >= m.Span.End && t.Span.Start - m.Span.End <= 2);
                bool civilianKind = kind is ActorKind.Civilians;
                if (victim || civilianKind && !byAgent)
                {
                    patients.Add(new ActorPick(m.Actor, m.CountryIso2, m.Span, victim ? 40 : 20));
                    continue;
                }
                if (byAgent) agents.Add(new ActorPick(m.Actor, m.CountryIso2, m.Span, eventive ? 60 : 30));
                else if (subject)
                {
                    // The doer right before its deed ("the insurgents attacked") is surer than any subject.
                    bool doer = actions.Any(t => t.Span.Start >= m.Span.End && t.Span.Start - m.Span.End <= 2);
                    agents.Add(new ActorPick(m.Actor, m.CountryIso2, m.Span, (eventive ? (doer ? 50 : 40) : 15) + (m.IsGeneric ? 0 : 10)));
                }
                else patients.Add(new ActorPick(m.Actor, m.CountryIso2, m.Span, (eventive ? 30 : 10) - late));
                if (!m.IsGeneric && kind is ActorKind.NamedArmedGroup or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia or ActorKind.Rebels)
                    agents.Add(new ActorPick(m.Actor, m.CountryIso2, m.Span, 20));
            }
            // The side whose people are counted is a target even when no actor word names it.
            foreach (var c in frame.Casualties)
            {
                if (c.IsSubset || c.Outcome is Outcome.Present) continue;
                var kind = c.Group switch
                {
                    VictimGroup.Soldiers => ActorKind.StateMilitary,
                    VictimGroup.Police => ActorKind.StatePolice,
                    VictimGroup.Civilians or VictimGroup.People => ActorKind.Civilians,
                    VictimGroup.Protesters => ActorKind.Protesters,
                    _ => (ActorKind?)null,
                };
                if (kind is null) continue;
                if (catalog.Generic(kind.Value) is { } entry)
                    patients.Add(new ActorPick(entry, null, c.Span, c.Group == VictimGroup.People ? (stateCounted ? 5 : 25) : 25));
            }
        }

        var actor1 = agents.OrderByDescending(a => a.Score).ThenBy(a => a.Evidence?.Start ?? int.MaxValue).FirstOrDefault();
        // No doer told, but armed men named anywhere ("accusing militants who target vaccination teams"): they are the doers.
        actor1 ??= patients.Where(p => p.Entry.Kind is ActorKind.UnidentifiedArmed or ActorKind.Rebels or ActorKind.NamedArmedGroup
                                                    or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia)
                           .OrderByDescending(p => p.Score).FirstOrDefault();
        // A named group beats a generic word for the same side ("gunmen" ... "JNIM claimed").
        if (actor1 is not null && actor1.Entry.IsGeneric)
        {
            var named = agents.Where(a => !a.Entry.IsGeneric && a.Entry.Kind is not (ActorKind.StateMilitary or ActorKind.StatePolice or ActorKind.StateOther) &&
                                          actor1.Entry.Kind is ActorKind.UnidentifiedArmed or ActorKind.Rebels)
                              .OrderByDescending(a => a.Score).FirstOrDefault();
            if (named is not null) actor1 = named;
        }
        var actor2 = patients.Where(p => actor1 is null || !SameSide(p, actor1))
                             .OrderByDescending(p => p.Score).ThenBy(p => p.Evidence?.Start ?? int.MaxValue).FirstOrDefault();
        return (actor1, actor2);
    }

    private static (ActorMention First, ActorMention Second)? BetweenPair(Document doc, EventFrame frame)
    {
        var text = doc.Text;
        foreach (var t in frame.Triggers)
        {
            if (t.Family is not (TriggerFamily.Clash or TriggerFamily.Attack or TriggerFamily.Gunfire)) continue;
            int b = text.IndexOf(" between ", t.Span.End, Math.Min(20, frame.Sentence.Span.End - t.Span.End), StringComparison.OrdinalIgnoreCase);
            if (b < 0) continue;
            var after = frame.Actors.Where(a => a.Span.Start > b).OrderBy(a => a.Span.Start).Take(2).ToList();
            if (after.Count == 2 && after[0].Span.Start - b < 40 && text.Substring(after[0].Span.End, after[1].Span.Start - after[0].Span.End).Contains(" and "))
                return (after[0], after[1]);
        }
        return null;
    }

    /// <summary>Two picks for one side: the same actor, one state's forces, or unnamed fighters ("13 extremists
    /// were killed") beside the armed group that attacked.</summary>
    private static bool SameSide(ActorPick a, ActorPick b) =>
        a.Entry.Id == b.Entry.Id || (IsState(a.Entry.Kind) && IsState(b.Entry.Kind) && a.CountryIso2 == b.CountryIso2) ||
        (IsUnnamedArmed(a.Entry) && IsNonStateArmed(b.Entry)) || (IsUnnamedArmed(b.Entry) && IsNonStateArmed(a.Entry));

    private static bool IsUnnamedArmed(ActorEntry e) => e.IsGeneric && e.Kind is ActorKind.UnidentifiedArmed or ActorKind.Rebels;
    private static bool IsNonStateArmed(ActorEntry e) => e.Kind is ActorKind.NamedArmedGroup or ActorKind.Rebels or ActorKind.PoliticalMilitia or ActorKind.UnidentifiedArmed or ActorKind.IdentityMilitia;

    private static bool IsState(ActorKind k) => k is ActorKind.StateMilitary or ActorKind.StatePolice or ActorKind.StateOther;

    /// <summary>"announced by police", "confirmed by the army": the actor is a source here.</summary>
    private static bool BySource(Document doc, TextSpan span, Sentence sentence)
    {
        int from = Math.Max(sentence.Span.Start, span.Start - 40);
        var before = doc.Text.Substring(from, span.Start - from);
        int idx = before.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (idx < 0 || before[(idx + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2) return false;
        var head = before[..idx].TrimEnd();
        var verb = head[(head.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return ReportingParticiples.Contains(verb);
    }

    private static bool IsStateWord(Document doc, TriggerMention t) =>
        doc.Slice(t.Span).ToLowerInvariant() is "dead" or "died" or "death" or "deaths" or "slain";

    private static readonly HashSet<string> ReportingParticiples =
        ["announced", "reported", "said", "given", "confirmed", "released", "issued", "published", "provided", "cited", "quoted",
         "stated", "compiled", "recorded", "documented", "tallied", "verified", "denied", "condemned", "criticised", "criticized"];

    /// <summary>The word <paramref name="word"/> stands within three words before the span.</summary>
    private static bool PrecededBy(Document doc, TextSpan span, Sentence sentence, string word)
    {
        int from = Math.Max(sentence.Span.Start, span.Start - 40);
        var before = doc.Text.AsSpan(from, span.Start - from);
        int idx = before.LastIndexOf(" " + word + " ", StringComparison.OrdinalIgnoreCase);
        if (idx < 0) return false;
        // "the figure announced by police": by a source, not by the one who acted.
        var head = before[..idx].TrimEnd();
        int sp = head.LastIndexOf(' ');
        var verb = (sp < 0 ? head : head[(sp + 1)..]).ToString().ToLowerInvariant();
        if (ReportingParticiples.Contains(verb)) return false;
        var gap = before[(idx + word.Length + 2)..];
        int words = 0;
        foreach (var part in gap.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)) words++;
        return words <= 3 && !gap.Contains(',');
    }
}
