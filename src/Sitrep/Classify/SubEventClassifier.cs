using Sitrep.Events;
using Sitrep.Recognize.Actors;
using Sitrep.Recognize.Quantities;

namespace Sitrep.Classify;

/// <summary>
/// Chooses ACLED's sub-event type from what the event's sentences say (trigger families), who acts on whom,
/// and what happened to them. The order follows the codebook's definitions: a demonstration is coded as such
/// whatever else happens at it; the weapon decides remote violence (chemical, suicide, air/drone, shelling,
/// grenade, remote explosive, in that order of precedence); territory changes; abduction and sexual violence;
/// then an attack on civilians against a clash between armed, organised sides; then strategic developments.
/// </summary>
public static class SubEventClassifier
{
    public sealed record Input(
        IReadOnlySet<TriggerFamily> Families,
        ActorKind? Actor1,
        ActorKind? Actor2,
        IReadOnlyList<CasualtyMention> Casualties,
        bool ForceAgainstProtesters);

    public static string Classify(Input e)
    {
        var f = e.Families;
        bool protest = f.Contains(TriggerFamily.Protest) && e.Actor1 is ActorKind.Protesters or null or ActorKind.Civilians ||
                       e.Actor1 == ActorKind.Protesters;
        bool victimsKilledOrHurt = e.Casualties.Any(c => c.Outcome is Outcome.Killed or Outcome.Wounded && !c.IsSubset);
        if (protest)
        {
            if (e.ForceAgainstProtesters) return "Excessive force against protesters";
            if (f.Contains(TriggerFamily.Riot) || (f.Contains(TriggerFamily.Destruction) && e.Actor1 is ActorKind.Protesters or ActorKind.Rioters))
                return "Violent demonstration";
            if (f.Contains(TriggerFamily.Intervention) || e.Casualties.Any(c => c.Group == VictimGroup.Protesters && c.Outcome == Outcome.Arrested) ||
                (f.Contains(TriggerFamily.Arrest) && e.Actor2 is ActorKind.StatePolice or ActorKind.StateMilitary))
                return "Protest with intervention";
            return "Peaceful protest";
        }
        if (e.Actor1 == ActorKind.Rioters || (f.Contains(TriggerFamily.Riot) && e.Actor1 is ActorKind.Civilians or null))
            return f.Contains(TriggerFamily.Protest) ? "Violent demonstration" : "Mob violence";

        // A bomb defused or a drone shot down is a weapon whose use was stopped, when no one was hurt.
        if (f.Contains(TriggerFamily.Disrupted) && !victimsKilledOrHurt) return "Disrupted weapons use";
        if (f.Contains(TriggerFamily.Chemical)) return "Chemical weapon";
        if (f.Contains(TriggerFamily.Suicide)) return "Suicide bomb";
        // Heavy weapons told within a fight between two armed sides do not make it remote violence.
        // A fight between armed sides (both counted, or forces that fought back against armed attackers) stays a
        // clash whatever weapons are named in it; only a bomb told without gunfire is remote violence (below).
        bool stateTarget = e.Actor2 is ActorKind.StateMilitary or ActorKind.StatePolice;
        bool armedAttacker = e.Actor1 is ActorKind.NamedArmedGroup or ActorKind.UnidentifiedArmed or ActorKind.Rebels or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia;
        bool groundFight = f.Contains(TriggerFamily.Clash) && e.Actor2 is not (ActorKind.Civilians or null) &&
                           (e.Casualties.Any(c => c.Group is VictimGroup.Soldiers or VictimGroup.Police) && e.Casualties.Any(c => c.Group == VictimGroup.Militants)
                            || stateTarget && armedAttacker);
        if (f.Contains(TriggerFamily.Air) && !groundFight) return "Air/drone strike";
        if (f.Contains(TriggerFamily.Shelling) && !groundFight) return "Shelling/artillery/missile attack";
        if (f.Contains(TriggerFamily.Grenade) && !groundFight) return "Grenade";
        // A bomb with no gunfire is remote violence; a raid with gunshots and a blast is a clash or an attack.
        if (f.Contains(TriggerFamily.Explosive) && !f.Contains(TriggerFamily.Gunfire)) return "Remote explosive/landmine/IED";

        bool stateActs = e.Actor1 is ActorKind.StateMilitary or ActorKind.StatePolice or ActorKind.StateOther;
        if (f.Contains(TriggerFamily.Regain) && stateActs) return "Government regains territory";
        if (f.Contains(TriggerFamily.Overtake) && !stateActs) return "Non-state actor overtakes territory";
        if (f.Contains(TriggerFamily.Regain) && !stateActs && e.Actor1 is not null) return "Non-state actor overtakes territory";

        bool civiliansTargeted = e.Actor2 == ActorKind.Civilians;
        bool killings = f.Contains(TriggerFamily.Attack) || f.Contains(TriggerFamily.Clash) || f.Contains(TriggerFamily.Gunfire) || victimsKilledOrHurt;
        // A kidnapping stays one when fewer are killed than taken ("a guard was shot dead" as 24 are abducted).
        int killedCount = e.Casualties.Where(c => c.Outcome == Outcome.Killed && !c.IsSubset).Sum(c => c.Count.Low);
        int takenCount = e.Casualties.Where(c => c.Outcome is Outcome.Abducted or Outcome.Captured && !c.IsSubset).Sum(c => c.Count.Low);
        if (f.Contains(TriggerFamily.Abduction) && (killedCount == 0 || takenCount > killedCount) &&
            e.Actor2 is ActorKind.Civilians or null)
            return "Abduction/forced disappearance";
        if (f.Contains(TriggerFamily.Sexual)) return "Sexual violence";
        if (killings)
        {
            if (civiliansTargeted) return "Attack";
            if (e.Actor2 is null && e.Actor1 is not (ActorKind.StateMilitary or ActorKind.StatePolice) &&
                e.Casualties.All(c => c.Group is VictimGroup.Civilians or VictimGroup.People))
                return f.Contains(TriggerFamily.Clash) ? "Armed clash" : "Attack";
            if (f.Contains(TriggerFamily.Arrest) && !victimsKilledOrHurt && stateActs) return "Arrests";
            return "Armed clash";
        }
        if (f.Contains(TriggerFamily.Abduction)) return "Abduction/forced disappearance";
        if (f.Contains(TriggerFamily.Explosive)) return "Remote explosive/landmine/IED";
        if (f.Contains(TriggerFamily.Arrest)) return "Arrests";
        if (f.Contains(TriggerFamily.Destruction) || f.Contains(TriggerFamily.Riot)) return "Looting/property destruction";
        if (f.Contains(TriggerFamily.Overtake) || f.Contains(TriggerFamily.Regain)) return stateActs ? "Government regains territory" : "Non-state actor overtakes territory";
        if (f.Contains(TriggerFamily.Withdraw)) return "Non-violent transfer of territory";
        if (f.Contains(TriggerFamily.Agreement)) return "Agreement";
        if (f.Contains(TriggerFamily.Base)) return "Headquarters or base established";
        if (f.Contains(TriggerFamily.Disrupted)) return "Disrupted weapons use";
        if (f.Contains(TriggerFamily.GroupChange)) return "Change to group/activity";
        return "Other";
    }
}
