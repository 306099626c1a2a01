using Sitrep.Geo;
using Sitrep.Recognize.Actors;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Which of the places the place stage found an event may be placed at, sentence by sentence: not the dateline's,
/// not one in a country the story never names or implies, not a name no gazetteer knows unless a word says it is a
/// place; a place no gazetteer knows keeps the known place the text puts it in for its coordinates.
/// </summary>
internal static class EventPlaces
{
    /// <summary>
    /// Countries the page's header names through its places ("Highland Radio 101.5 Jos - News - Plateau"): a
    /// capitalised word of a headline, standfirst, byline or date line whose every gazetteer entry lies in one country.
    /// </summary>
    private static IEnumerable<string> HeaderCountries(Document doc, IGazetteer gazetteer)
    {
        foreach (var s in doc.Sentences)
        {
            if (s.Role is not (LineRole.Standfirst or LineRole.Byline or LineRole.DateLine or LineRole.Headline)) continue;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                var tok = doc.Tokens[t];
                if (tok.Kind != TokenKind.Word || tok.Span.Length < 3 || !char.IsUpper(doc.Text[tok.Start])) continue;
                var word = doc.Slice(tok.Span);
                if (!gazetteer.IsKnownName(word)) continue;
                var found = gazetteer.Lookup(word);
                if (found.Count > 0 && found.All(p => p.CountryCode == found[0].CountryCode)) yield return found[0].CountryCode;
            }
        }
    }

    /// <summary>The resolved places of each sentence, as the assembler uses them.</summary>
    public static List<PlaceRef>[] BySentence(Document doc, IGazetteer gazetteer)
    {
        var result = new List<PlaceRef>[doc.Sentences.Count];
        for (int i = 0; i < result.Length; i++) result[i] = new List<PlaceRef>();
        // A place in a country the story never names nor implies is a misreading (a person's name, an
        // organisation), unless the story names no country at all.
        // The story's countries: those it names, its actors', and those of places no other country shares a name with.
        var storyCountries = doc.MentionsOf<CountryMention>().Select(c => c.Country.Iso2)
            .Concat(doc.MentionsOf<ActorMention>().Select(a => a.CountryIso2).OfType<string>())
            .Concat(doc.MentionsOf<PlaceMention>().Where(p => p.Place is not null && p.Candidates == 1).Select(p => p.Place!.CountryCode))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // The header is read only when some place would otherwise be judged foreign (look-ups cost).
        if (doc.MentionsOf<PlaceMention>().Any(p => p.Place is not null && !storyCountries.Contains(p.Place.CountryCode)))
            storyCountries.UnionWith(HeaderCountries(doc, gazetteer));
        var cued = doc.MentionsOf<PlaceMention>().Where(p => p.Place is null && p.CueSpan is not null)
            .Select(p => doc.Slice(p.Span)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var regions = doc.MentionsOf<PlaceMention>().Where(p => p.Place is not null).OrderBy(p => p.Span.Start).ToList();
        foreach (var m in doc.MentionsOf<PlaceMention>())
        {
            // The dateline says where the reporter files from, not where the event happened.
            if (doc.Dateline is { } dl && dl.Overlaps(m.Span)) continue;
            var s = doc.SentenceAt(m.Span.Start);
            if (s is null || result[s.Index].Any(p => p.Span == m.Span)) continue;
            // A name no gazetteer knows is a place only where a word says so ("the village of Nacotuco"), there
            // or earlier in the story.
            if (m.Place is null && m.CueSpan is null && !cued.Contains(doc.Slice(m.Span))) continue;
            if (m.Place is { } place)
            {
                if (place.FeatureCode.StartsWith("PCL", StringComparison.Ordinal)) continue; // a country is no event place
                if (storyCountries.Count > 0 && !storyCountries.Contains(place.CountryCode)) continue;
            }
            int precision = m.Relation switch { PlaceRelation.Near => 2, PlaceRelation.InRegion => 3, _ => m.GeoPrecision };
            var container = m.Place is null && m.Within?.Place is { } w && (storyCountries.Count == 0 || storyCountries.Contains(w.CountryCode)) ? w : null;
            // "the region's Sabga": the region told last before it.
            if (m.Place is null && container is null && m.CueSpan is { } cue && cue.End <= m.Span.Start &&
                doc.Text.Substring(cue.Start, m.Span.Start - cue.Start).Replace('’', '\'').Contains("'s", StringComparison.Ordinal))
            {
                var last = regions.LastOrDefault(r => r.Span.End <= m.Span.Start)?.Place;
                // A town told before stands for its region: the region itself, looked up by its name.
                container = last is { IsAdministrativeArea: true } ? last
                    : last?.Admin1 is { Length: > 0 } a1 ? gazetteer.Lookup(a1, last.CountryCode).FirstOrDefault(p => p.IsAdministrativeArea) : null;
            }
            result[s.Index].Add(new PlaceRef(m.Span, m.Place, m.Place?.Name ?? doc.Slice(m.Span), Math.Max(1, precision), m.Why, container));
        }
        return result;
    }
}
