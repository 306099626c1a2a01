using Sitrep.Recognize.Actors;
using Sitrep.Recognize.Attributions;
using Sitrep.Recognize.Dates;
using Sitrep.Recognize.Quantities;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Groups the sentences of a story into events, as ACLED codes them: one event per place per day. A sentence
/// joins the event in focus unless it names another day or place, or says it is another incident ("in a
/// separate attack"); a lead that gives neither date nor place is filled by the first sentence that does. A
/// sentence that only reports on an event ("the army acknowledged the attack in a statement on Monday") adds
/// its claim, never a new event, because its date is the report's date.
/// </summary>
internal sealed partial class EventAssembler
{
    /// <summary>Words that tell the same kind of thing happened elsewhere too ("Similar protests took place in ...").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[Ss]imilar|also|[Aa]nother|[Ll]ikewise|as well)\b")]
    private static partial System.Text.RegularExpressions.Regex AlsoElsewhere();

    private readonly Func<Document, List<PlaceRef>[]> _places;
    private readonly EventLexicon _lex;

    public EventAssembler(Func<Document, List<PlaceRef>[]> placesBySentence) : this(placesBySentence, EventLexicon.Default) { }

    internal EventAssembler(Func<Document, List<PlaceRef>[]> placesBySentence, EventLexicon lexicon)
    {
        _places = placesBySentence;
        _lex = lexicon;
    }

    public List<EventDraft> Assemble(Document doc)
    {
        var drafts = new List<EventDraft>();
        if (doc.Language != "en") return drafts;
        var frames = Frames(doc);
        EventDraft? focus = null;
        var pendingSupport = new List<EventFrame>();
        // The day a summing-up sentence gives ("attacks on three towns killed ... on Monday") dates the
        // incidents told one by one after it that give no day of their own.
        DateMention? contextDate = null;

        foreach (var frame in frames)
        {
            if (frame.Modality.Modality == Modality.Summary) { contextDate ??= frame.BestDate; continue; }
            if (!frame.IsAsserted) continue;
            if (!frame.IsEventive)
            {
                // A new day and place shift the story's focus even before an action word arrives ("On Saturday,
                // police freed four hostages in Tabarre." ... "Besides killing the kidnappers, ..."); a focus that
                // no event sentence joins is dropped at the end.
                if (frame.BestDate is { } d0 && MostSpecific(frame.Places) is { } p0 &&
                    (focus is null || !focus.AcceptsDate(d0.Earliest) || !focus.AcceptsPlace(p0)))
                {
                    var shifted = new EventDraft();
                    shifted.SetDate(d0);
                    shifted.SetPlace(p0);
                    shifted.Support.Add(frame);
                    drafts.Add(shifted);
                    focus = shifted;
                    continue;
                }
                if (focus is not null) focus.Support.Add(frame); else pendingSupport.Add(frame);
                continue;
            }

            var date = frame.BestDate;
            if (date is null && contextDate is not null && (focus is null || focus.Place is not null && MostSpecific(frame.Places) is { } fp && !focus.Place.SameAs(fp)))
                date = contextDate;
            var places = frame.Places;
            var place = MostSpecific(places);
            EventDraft? target = null;

            // "came 12 hours after separatist fighters stormed a mosque in Sabga": another event, dated from the one
            // in focus when the sentence gives no day of its own.
            if (date is null && frame.Offset is { } off && focus?.Date is { } focusDate && place is not null && focus.Place is not null && !focus.Place.SameAs(place))
            {
                // "N hours after <clause>" puts the clause's event N hours before the one in focus; "N hours later" after it.
                double hours = off.OffsetHours!.Value;
                int next = off.Span.End;
                while (next < doc.Text.Length && doc.Text[next] == ' ') next++;
                if (next < doc.Text.Length && char.IsLetter(doc.Text[next])) hours = -hours;
                var d = new EventDraft { Date = focusDate.AddDays((int)Math.Floor(hours / 24.0)), Precision = TimePrecision.Day, DateEvidence = off,
                    DateWhy = $"{hours:+0;-0} h from the event of {focusDate:yyyy-MM-dd}" };
                d.SetPlace(place);
                d.Frames.Add(frame);
                drafts.Add(d);
                continue; // the focus stays on the event the sentence is anchored to
            }

            bool separate = frame.Modality.StartsNewEvent;
            if (!separate && focus is not null && focus.AcceptsDate(date?.Earliest) && focus.AcceptsPlace(place))
                target = focus;
            if (target is null && !separate)
                target = drafts.FirstOrDefault(e => e.Date is not null && e.Date == date?.Earliest && e.Place is not null && place is not null && e.Place.SameAs(place));
            // A sentence with neither its own day nor its own victims adds to the event in focus rather than
            // opening one ("the high level of co-ordination in the two attacks shows ...").
            // ... unless it names another place for an action of its own, not "the attack" again ("Similar protests
            // took place in Mombasa"): that is another event, on the day in focus.
            bool ownAction = place is not null && focus?.Place is not null && !focus.Place.SameAs(place) && !Anaphoric(doc, frame) &&
                             AlsoElsewhere().IsMatch(doc.Text, frame.Sentence.Span.Start) && AlsoElsewhere().Match(doc.Text, frame.Sentence.Span.Start).Index < frame.Sentence.Span.End;
            if (target is null && !separate && focus is not null && date is null && !ownAction &&
                !frame.Casualties.Any(c => c.Outcome is not Outcome.Present && !c.IsSubset && !IsDefinite(doc, c)))
                target = focus;
            if (target is null && ownAction && date is null && focus?.DateEvidence is { } focusDay)
                date = focusDay;
            if (target is null)
            {
                target = new EventDraft { Separate = separate };
                drafts.Add(target);
                if (drafts.Count == 1) target.Support.AddRange(pendingSupport);
            }
            if (date is not null) target.SetDate(date);
            if (place is not null && target.AcceptsPlace(place)) target.SetPlace(place);
            target.Frames.Add(frame);
            focus = target;

            // Several places of the same rank joined in one sentence ("the villages of A and B"): one event each.
            foreach (var other in OtherPlaces(doc.Text, places, place))
            {
                var twin = drafts.FirstOrDefault(e => e.Place is not null && e.Place.SameAs(other) && e.AcceptsDate(target.Date));
                if (twin is null)
                {
                    twin = new EventDraft { Date = target.Date, Precision = target.Precision, DateEvidence = target.DateEvidence, SplitFrom = target };
                    twin.SetPlace(other);
                    drafts.Add(twin);
                }
                if (twin.Frames.Count == 0 || twin.Frames[^1] != frame) twin.Frames.Add(frame);
            }
            BindCasualtiesToPlaces(doc, frame, drafts);
        }

        drafts.RemoveAll(d => d.Frames.Count == 0);
        MergeUnderspecified(drafts);
        // The headline names the weapon of the story's lead event when the body only says "bombings".
        if (drafts.Count > 0)
            foreach (var t in doc.Sentences.Where(s => s.Role == LineRole.Headline).SelectMany(s => doc.MentionsIn<TriggerMention>(s)))
                if (t.Family is TriggerFamily.Suicide or TriggerFamily.Air or TriggerFamily.Shelling or TriggerFamily.Grenade or TriggerFamily.Chemical)
                    drafts[0].HeadlineWeapons.Add(t.Family);
        // An event with neither a place nor a day ("detained earlier this month") cannot be coded.
        drafts.RemoveAll(d => d.Place is null && d.Precision is not TimePrecision.Day && drafts.Count > 1);
        return drafts;
    }

    /// <summary>The sentence speaks of an event already told ("the attack", "the bombings").</summary>
    private bool Anaphoric(Document doc, EventFrame frame) =>
        _lex.Anaphora.Matches(doc, frame.Sentence.FirstToken, frame.Sentence.EndToken).Any();

    /// <summary>"The two injured officers": a count with a definite article speaks of victims already told.</summary>
    private static bool IsDefinite(Document doc, CasualtyMention c)
    {
        int i = c.CountSpan.Start;
        while (i > 0 && doc.Text[i - 1] == ' ') i--;
        var before = doc.Text.AsSpan(Math.Max(0, i - 6), i - Math.Max(0, i - 6));
        return before.EndsWith("the", StringComparison.OrdinalIgnoreCase) || before.EndsWith("those", StringComparison.OrdinalIgnoreCase) ||
               before.EndsWith("these", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A count followed by "in PLACE" belongs to that place's event only.</summary>
    private static void BindCasualtiesToPlaces(Document doc, EventFrame frame, List<EventDraft> drafts)
    {
        if (frame.Places.Count < 2) return;
        foreach (var c in frame.Casualties)
        {
            var next = frame.Places.Where(p => p.Span.Start >= c.CountSpan.End && p.Span.Start - c.Span.End <= 30)
                                   .OrderBy(p => p.Span.Start).FirstOrDefault();
            if (next is null) continue;
            var between = doc.Text.Substring(c.Span.End, Math.Max(0, next.Span.Start - c.Span.End));
            if (!between.TrimStart().StartsWith("in ", StringComparison.OrdinalIgnoreCase) && !between.Contains(" in ")) continue;
            foreach (var d in drafts.Where(d => d.Frames.Count > 0 && d.Frames[^1] == frame))
            {
                if (d.Place is not null && d.Place.SameAs(next)) d.BoundCasualties.Add(c);
                else d.ExcludedCasualties.Add(c);
            }
        }
    }

    /// <summary>An event with no place or no date left over is folded into a compatible full one.</summary>
    private static void MergeUnderspecified(List<EventDraft> drafts)
    {
        for (int i = drafts.Count - 1; i >= 0; i--)
        {
            var d = drafts[i];
            if (!d.IsUnderspecified || drafts.Count == 1) continue;
            // An incident the text sets apart but places nowhere cannot be coded, nor folded into another.
            if (d.Separate) { if (d.Place is null) drafts.RemoveAt(i); continue; }
            var into = drafts.FirstOrDefault(o => o != d && o.AcceptsDate(d.Date) && o.AcceptsPlace(d.Place));
            if (into is null) continue;
            into.Frames.InsertRange(0, d.Frames);
            into.Support.AddRange(d.Support);
            if (d.Date is not null && into.Date is null) { into.Date = d.Date; into.Precision = d.Precision; into.DateEvidence = d.DateEvidence; }
            if (d.Place is not null) into.SetPlace(d.Place);
            drafts.RemoveAt(i);
        }
    }

    /// <summary>A known town first (the place itself before "near" it), then a named place no gazetteer knows, then a region.</summary>
    private static PlaceRef? MostSpecific(List<PlaceRef> places) =>
        places.OrderBy(p => p.IsUnresolved ? 1 : p.IsRegion ? 2 : 0).ThenBy(p => p.GeoPrecision)
              .ThenBy(p => p.Place?.FeatureCode.StartsWith("ADM1", StringComparison.Ordinal) == true ? 1 : 0) // a district before its province
              .ThenBy(p => p.Span.Start).FirstOrDefault();

    /// <summary>Other towns of the sentence of the same rank as the chosen one, joined by "and".</summary>
    private static IEnumerable<PlaceRef> OtherPlaces(string text, List<PlaceRef> places, PlaceRef? chosen)
    {
        if (chosen is null || chosen.IsRegion) yield break;
        foreach (var p in places)
        {
            if (p == chosen || p.IsRegion || p.GeoPrecision != chosen.GeoPrecision || p.SameAs(chosen)) continue;
            var (a, b) = p.Span.Start > chosen.Span.End ? (chosen.Span.End, p.Span.Start) : (p.Span.End, chosen.Span.Start);
            if (b < a || b - a > 12) continue;
            // Joined as a list ("A and B", "A, B"), not one inside the other ("Witu in Lamu County").
            var between = text.Substring(a, b - a);
            if (between.Contains(" and ", StringComparison.Ordinal) || between.TrimStart().StartsWith(',') || between.Contains(" or "))
                yield return p;
        }
    }

    /// <summary>
    /// A count inside a clause of background or history ("where militants have massacred hundreds of civilians
    /// this year", "which killed 40 in 2019") is not a count of this event.
    /// </summary>
    private static bool InBackgroundClause(Document doc, Sentence s, CasualtyMention c, List<DateMention> dates)
    {
        var text = doc.Text;
        int start = c.Span.Start, end = c.Span.End;
        while (start > s.Span.Start && text[start - 1] is not (',' or ';' or '(' or '—')) start--;
        foreach (var word in new[] { " where ", " which ", " who ", " since " })
        {
            int w = text.LastIndexOf(word, c.Span.Start, c.Span.Start - s.Span.Start, StringComparison.OrdinalIgnoreCase);
            if (w >= start) start = w;
        }
        while (end < s.Span.End && text[end] is not (',' or ';' or ')' or '—' or '.')) end++;
        var clause = new TextSpan(start, end);
        // "set fire to a police post, after a driver died following his arrest": a death told as the cause.
        var opening = text.AsSpan(start, Math.Min(12, end - start)).TrimStart(" ,;(—".AsSpan());
        if (opening.StartsWith("after ", StringComparison.OrdinalIgnoreCase) || opening.StartsWith("following ", StringComparison.OrdinalIgnoreCase))
            return true;
        foreach (var cue in doc.MentionsIn<CueMention>(s))
            if (cue.Modality == Modality.Background && clause.Contains(cue.Span)) return true;
        foreach (var d in dates)
            if (clause.Contains(d.Span) && (d.Kind is DateKind.Since or DateKind.Year ||
                d.Latest is { } l && doc.Published is { } p && l < p.AddDays(-30))) return true;
        return false;
    }

    /// <summary>
    /// Where a source speaks from ("police headquarters in Nairobi") or where the wounded were taken ("airlifted
    /// to Nairobi") is not where the event happened.
    /// </summary>
    private bool NotTheEventsPlace(Document doc, Sentence s, PlaceRef p)
    {
        int from = Math.Max(s.Span.Start, p.Span.Start - 60);
        var before = doc.Text.Substring(from, p.Span.Start - from).TrimEnd();
        foreach (var cue in _lex.SourcePlaceBefore)
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase)) return true;
        // "a Kaduna police spokesman said": the place names the source's office, in a sentence that quotes it.
        if (HasAttribution(doc, s))
        {
            int end = Math.Min(s.Span.End, p.Span.End + 40);
            var after = doc.Text.Substring(p.Span.End, end - p.Span.End).TrimStart().Replace("'s ", " ").Replace("’s ", " ");
            foreach (var cue in _lex.SourceAfterPlace)
                if (after.StartsWith(cue + " ", StringComparison.OrdinalIgnoreCase) && after[(cue.Length + 1)..].TrimStart().StartsWith("said", StringComparison.OrdinalIgnoreCase)
                    || after.StartsWith(cue + " spokesman", StringComparison.OrdinalIgnoreCase))
                    return true;
        }
        // "evacuated by helicopter to the provincial capital Peshawar"
        int to = before.LastIndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to < 0 && before.EndsWith(" to", StringComparison.OrdinalIgnoreCase)) to = before.Length - 3;
        if (to < 0 || before[(to + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4) return false;
        var words = before[..to].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = Math.Max(0, words.Length - 6); i < words.Length; i++)
            if (_lex.MotionVerbs.Contains(words[i].Trim(',', '.'))) return true;
        return false;
    }

    private static bool HasAttribution(Document doc, Sentence s) =>
        doc.MentionsIn<AttributionMention>(s).Any();

    private List<EventFrame> Frames(Document doc)
    {
        var placesBySentence = _places(doc);
        var frames = new List<EventFrame>();
        foreach (var s in doc.Sentences)
        {
            if (s.Role != LineRole.Body) continue;
            var modality = doc.MentionsIn<SentenceModalityMention>(s).FirstOrDefault();
            if (modality is null) continue;
            var dates = doc.MentionsIn<DateMention>(s).ToList();
            frames.Add(new EventFrame
            {
                Sentence = s,
                Modality = modality,
                Triggers = doc.MentionsIn<TriggerMention>(s).ToList(),
                Casualties = doc.MentionsIn<CasualtyMention>(s).Where(c => !InBackgroundClause(doc, s, c, dates)).ToList(),
                EventDates = dates.Where(d => !d.IsReportDate).ToList(),
                ReportDates = dates.Where(d => d.IsReportDate).ToList(),
                Actors = doc.MentionsIn<ActorMention>(s).ToList(),
                Attributions = doc.MentionsIn<AttributionMention>(s).ToList(),
                Places = placesBySentence[s.Index].Where(p => !NotTheEventsPlace(doc, s, p)).ToList(),
            });
        }
        return frames;
    }
}
