using System.Security.Cryptography;
using System.Text;
using Sitrep.Classify;
using Sitrep.Geo;
using Sitrep.Output;
using Sitrep.Recognize.Actors;
using Sitrep.Recognize.Attributions;
using Sitrep.Recognize.Dates;
using Sitrep.Recognize.Quantities;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Writes an assembled event in ACLED's columns, with the evidence span behind each filled field and every
/// source's claim. Nothing is guessed: a field the text does not support stays empty.
/// </summary>
internal sealed class EventRecordBuilder(ActorCatalog actors, ICountryCatalog countries)
{
    public EventRecord Build(Document doc, EventDraft d, Dictionary<EventDraft, (ActorPick?, ActorPick?)> roles)
    {
        var evidence = new Dictionary<string, List<Evidence>>();
        var cited = new HashSet<(string, TextSpan)>();
        void Cite(string field, TextSpan span)
        {
            if (!cited.Add((field, span))) return;
            if (!evidence.TryGetValue(field, out var list)) evidence[field] = list = new();
            list.Add(new Evidence(span.Start, span.End, doc.Slice(span), doc.Id));
        }

        // Where.
        var country = d.Place?.Located is { } pl ? countries.ByIso2(pl.CountryCode) : null;
        if (country is null) country = StoryCountry(doc, d);
        if (d.Place is { } p)
        {
            Cite("location", p.Span);
            if (p.Located is not null) { Cite("latitude", p.Span); Cite("longitude", p.Span); }
        }

        // Who.
        var (a1, a2) = roles[d];
        // A place split off from a sentence naming several ("the towns of A and B") shares its sibling's actors and weapon.
        if (d.SplitFrom is { } parent && roles.TryGetValue(parent, out var pr))
        {
            a1 ??= pr.Item1;
            a2 ??= pr.Item2;
        }
        var casualties = d.AllFrames.SelectMany(f => f.Casualties).Where(c => !d.ExcludedCasualties.Contains(c)).Distinct().ToList();
        var families = d.Frames.SelectMany(f => f.Triggers).Select(t => t.Family).ToHashSet();
        if (d.SplitFrom is { } sibling)
            families.UnionWith(sibling.Frames.SelectMany(f => f.Triggers).Select(t => t.Family)
                .Where(f => f is TriggerFamily.Air or TriggerFamily.Shelling or TriggerFamily.Suicide or TriggerFamily.Explosive or TriggerFamily.Grenade or TriggerFamily.Chemical));
        if (d.HeadlineWeapons.Count > 0 && !families.Overlaps([TriggerFamily.Suicide, TriggerFamily.Air, TriggerFamily.Shelling, TriggerFamily.Grenade, TriggerFamily.Chemical]) &&
            (families.Contains(TriggerFamily.Explosive) || d.HeadlineWeapons.Contains(TriggerFamily.Air) || d.HeadlineWeapons.Contains(TriggerFamily.Shelling)))
            families.UnionWith(d.HeadlineWeapons);
        bool protestersHurt = casualties.Any(c => c.Group == VictimGroup.Protesters && c.Outcome is Outcome.Killed or Outcome.Wounded);
        if (families.Contains(TriggerFamily.Protest) && (a1 is null || a1.Entry.Kind is ActorKind.Civilians or ActorKind.StatePolice or ActorKind.StateMilitary))
        {
            // In a demonstration the demonstrators are actor1 and the force that met them actor2.
            var force = a1 is { Entry.Kind: ActorKind.StatePolice or ActorKind.StateMilitary } ? a1 : a2 is { Entry.Kind: ActorKind.StatePolice or ActorKind.StateMilitary } ? a2 : null;
            var protesters = actors.Generic(ActorKind.Protesters);
            if (protesters is not null)
            {
                a1 = new ActorPick(protesters, null, d.Frames.SelectMany(f => f.Triggers).First(t => t.Family == TriggerFamily.Protest).Span, 50);
                a2 = force;
            }
        }
        string subEvent = SubEventClassifier.Classify(new SubEventClassifier.Input(
            families, a1?.Entry.Kind, a2?.Entry.Kind, casualties,
            ForceAgainstProtesters: families.Contains(TriggerFamily.Protest) && (protestersHurt || FiredOnProtest(d))));
        if (subEvent == "Excessive force against protesters" && a1?.Entry.Kind == ActorKind.Protesters)
            (a1, a2) = (a2, a1); // the force is actor1 of an attack on demonstrators
        if (subEvent is "Violent demonstration" or "Mob violence" && actors.Generic(ActorKind.Rioters) is { } rioters &&
            a1?.Entry.Kind is not ActorKind.Rioters)
        {
            // A crowd that turns violent is coded as rioters; what it attacked is actor2.
            if (a1?.Entry.Kind is ActorKind.StatePolice or ActorKind.StateMilitary) a2 = a1;
            a1 = new ActorPick(rioters, null, a1?.Evidence, 50);
        }
        if (a1 is null && a2 is not null && EventTypes.EventTypeOf[subEvent] is EventTypes.Vac or EventTypes.Explosions or EventTypes.Battles &&
            actors.Generic(ActorKind.UnidentifiedArmed) is { } uag)
            a1 = new ActorPick(uag, null, null, 0); // ACLED's convention for attackers no one names
        foreach (var f in d.Frames.SelectMany(f => f.Triggers)) Cite("sub_event_type", f.Span);
        // Burned houses, cars and fields belong to civilians: they are the target of the destruction.
        if (subEvent == "Looting/property destruction" && a2 is null && actors.Generic(ActorKind.Civilians) is { } civ &&
            d.Frames.Any(f => EventLexicon.Default.CivilianProperty.Matches(doc, f.Sentence.FirstToken, f.Sentence.EndToken).Any()))
            a2 = new ActorPick(civ, null, null, 0);
        string eventType = EventTypes.EventTypeOf[subEvent];

        string Name(ActorPick? a) => a is null ? "" : a.Entry.NameFor(a.CountryIso2 is { } iso ? countries.ByIso2(iso) ?? country : country);
        if (a1?.Evidence is { } e1) Cite("actor1", e1);
        if (a2?.Evidence is { } e2) Cite("actor2", e2);
        string inter1 = a1?.Entry.Inter ?? "", inter2 = a2?.Entry.Inter ?? "";
        bool civilianTarget = a2?.Entry.Kind == ActorKind.Civilians && eventType is EventTypes.Vac or EventTypes.Explosions;

        // How many.
        var killed = FatalityCounter.Count(casualties, Outcome.Killed);
        var wounded = FatalityCounter.Count(casualties, Outcome.Wounded);
        var captured = Captured(casualties, killed);
        foreach (var c in killed?.Used ?? []) Cite("fatalities", c.Span);
        foreach (var c in wounded?.Used ?? []) Cite("wounded", c.Span);
        foreach (var c in casualties.Where(c => c.Outcome is Outcome.Captured or Outcome.Abducted or Outcome.Present || c.IsRemainder)) Cite("captured", c.Span);

        // When.
        DateOnly? date = d.Date;
        int precision = d.Precision switch { TimePrecision.Day => 1, TimePrecision.Week => 2, TimePrecision.Month => 3, _ => 0 };
        if (d.DateEvidence is { } de) Cite("event_date", de.Span);
        if (date is null)
        {
            // No day told: the report's day (or the publication's) bounds it; ACLED's week precision says so.
            var report = d.AllFrames.SelectMany(f => f.ReportDates).FirstOrDefault(r => r.IsResolved && r.Precision == TimePrecision.Day);
            if (report is not null) { date = report.Earliest; precision = 2; Cite("event_date", report.Span); }
            else if (doc.Published is { } pub) { date = pub; precision = 2; if (doc.PublishedSpan is { } ps) Cite("event_date", ps); }
        }

        var claims = Claims(doc, d);
        string iso3 = country?.Iso3 ?? "";
        var record = new EventRecord
        {
            EventIdCnty = iso3 + Hash($"{doc.Id}|{date}|{d.Place?.Name}|{subEvent}|{Name(a1)}"),
            EventDate = date?.ToString("yyyy-MM-dd") ?? "",
            Year = date?.Year,
            TimePrecision = date is null ? 0 : Math.Max(precision, 1),
            DisorderType = EventTypes.DisorderOf(subEvent),
            EventType = eventType,
            SubEventType = subEvent,
            Actor1 = Name(a1),
            Inter1 = inter1,
            Actor2 = Name(a2),
            Inter2 = inter2,
            Interaction = Inter.Interaction(inter1, inter2),
            CivilianTargeting = civilianTarget ? "Civilian targeting" : "",
            Iso = country?.IsoNumeric,
            Region = country?.Region ?? "",
            Country = country?.Name ?? "",
            Admin1 = d.Place?.Located?.Admin1 ?? "",
            Admin2 = d.Place?.Located?.Admin2 ?? "",
            Location = d.Place?.Name ?? "",
            Latitude = d.Place?.Located?.Latitude,
            Longitude = d.Place?.Located?.Longitude,
            GeoPrecision = d.Place?.LocatedPrecision ?? 0,
            Source = doc.SourceName ?? "",
            Notes = Notes(doc, d),
            Fatalities = killed?.Value ?? 0,
            FatalitiesLow = killed?.Low,
            FatalitiesHigh = killed?.High,
            Wounded = wounded?.Value,
            Captured = captured,
            Claims = claims,
            Evidence = evidence.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Evidence>)kv.Value),
            Articles = [doc.Id],
        };
        return record;
    }

    /// <summary>Gunfire told in the same sentence as the demonstration ("troops opened fire on protesters").</summary>
    private static bool FiredOnProtest(EventDraft d) =>
        d.Frames.Any(f => f.Triggers.Any(t => t.Family == TriggerFamily.Protest) && f.Triggers.Any(t => t.Family == TriggerFamily.Gunfire) &&
                          f.Actors.Any(a => a.Actor.Kind is ActorKind.StatePolice or ActorKind.StateMilitary));

    /// <summary>Taken prisoner or abducted; "all who did not die were taken prisoner" is the number present less the dead.</summary>
    private static CountRange? Captured(List<CasualtyMention> casualties, FatalityCounter.Tally? killed)
    {
        var taken = casualties.Where(c => c.Outcome is Outcome.Captured or Outcome.Abducted && !c.IsSubset && !c.IsRemainder).ToList();
        if (casualties.Any(c => c.IsRemainder) && casualties.FirstOrDefault(c => c.Outcome == Outcome.Present) is { } present)
        {
            bool about = present.Count.Qualifier.Length > 0 || present.Count.Vague;
            int pLow = about ? (int)Math.Round(present.Count.Low * 0.9) : present.Count.Low;
            int pHigh = about ? (int)Math.Round(present.Count.Low * 1.1) : present.Count.High ?? present.Count.Low;
            int kLow = killed?.Low ?? 0, kHigh = killed?.High ?? kLow;
            return new CountRange(Math.Max(0, pLow - kHigh), Math.Max(0, pHigh - kLow));
        }
        if (taken.Count == 0) return null;
        var tally = FatalityCounter.Count(taken.Select(c => c with { Outcome = Outcome.Captured }), Outcome.Captured);
        return tally is { } t ? new CountRange(t.Low, t.High) : null;
    }

    private static List<Claim> Claims(Document doc, EventDraft d)
    {
        var claims = new List<Claim>();
        var seen = new HashSet<(string, int)>();
        foreach (var f in d.AllFrames)
        {
            foreach (var a in f.Attributions)
            {
                string by = a.Source + (a.Anonymous && !a.Source.Contains("anonym", StringComparison.OrdinalIgnoreCase) ? " (anonymous)" : "");
                string says = a.Type == AttributionType.ClaimedResponsibility ? "claimed responsibility" : doc.Slice(f.Sentence.Span);
                if (!seen.Add((by, f.Sentence.Span.Start))) continue;
                claims.Add(new Claim(by, Kind(a.Kind), says, f.Sentence.Span.Start, f.Sentence.Span.End, doc.Id));
            }
        }
        return claims;
    }

    private static string Kind(SourceKind k) => k switch
    {
        SourceKind.CivilSociety => "civil society",
        SourceKind.ArmedGroup => "armed group",
        _ => k.ToString().ToLowerInvariant(),
    };

    /// <summary>The country most of the event's (then the story's) actors and places belong to.</summary>
    private Country? StoryCountry(Document doc, EventDraft d)
    {
        var votes = new Dictionary<string, int>();
        void Vote(string? iso, int w) { if (iso is not null) votes[iso] = votes.GetValueOrDefault(iso) + w; }
        foreach (var a in d.AllFrames.SelectMany(f => f.Actors)) Vote(a.CountryIso2, 3);
        foreach (var m in doc.MentionsOf<CountryMention>()) Vote(m.Country.Iso2, 2);
        foreach (var m in doc.MentionsOf<ActorMention>()) Vote(m.CountryIso2, 1);
        return votes.Count == 0 ? null : countries.ByIso2(votes.MaxBy(kv => kv.Value).Key);
    }

    private static string Notes(Document doc, EventDraft d)
    {
        var first = d.Frames.FirstOrDefault() ?? d.AllFrames.FirstOrDefault();
        if (first is null) return "";
        var text = doc.Slice(first.Sentence.Span);
        return text.Length > 300 ? text[..300] + "…" : text;
    }

    private static string Hash(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..8];
}
