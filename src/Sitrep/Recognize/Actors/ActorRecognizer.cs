using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Recognize.Patterns;
using Sitrep.Text;

namespace Sitrep.Recognize.Actors;

/// <summary>
/// Adds an <see cref="ActorMention"/> for every actor named in the headline, standfirst and story sentences.
/// </summary>
/// <remarks>
/// Rules, in order (each is tested in tests/Sitrep.Tests/Recognize/Actors):
/// <list type="number">
/// <item>Longest phrase first, then leftmost; overlapping phrases are dropped; at equal spans a named actor
/// beats a generic one. So a named group wins over a generic word inside it ("Arakan Army" is not "army").</item>
/// <item>A generic agent takes a country from a name or demonym just before it ("Malian soldiers",
/// "Mali's army", "Burkina Faso's army") or, for state forces, from "of COUNTRY" after it ("the army of
/// Mali"); the span then covers the country word. Where the data names that country's force ("Military
/// Forces of Mali") that entry is used and the mention is not generic.</item>
/// <item>A phrase owned by several actors is resolved by the story: an actor with a cue present in the story
/// ("Islamic State" with "West Africa" → ISWAP), else one whose countries hold the story's country
/// ("al-Shabaab" in a Mozambican story → the Cabo Delgado insurgents), else the phrase's everyday owner
/// ("Boko Haram" alone → JAS, "al-Shabaab" → Somalia's).</item>
/// <item>The story's country is the country named most often (names and demonyms) in the sentences read;
/// a tie goes to the first named.</item>
/// <item>News agencies are not actors: "AFP" is never read as the Armed Forces of the Philippines.</item>
/// </list>
/// Captions, bylines and furniture are not read. Thread-safe: the catalog is shared and read-only.
/// </remarks>
public sealed class ActorRecognizer : IStage
{
    private readonly ActorCatalog _catalog;

    public ActorRecognizer(ActorCatalog catalog) => _catalog = catalog;

    public string Name => "actors";

    public void Run(Document doc)
    {
        var text = doc.Text;
        var sentences = doc.Sentences.Where(s => s.Role is LineRole.Body or LineRole.Standfirst or LineRole.Headline).ToList();
        if (sentences.Count == 0) return;

        // Pass 1: the story's countries and cues.
        var countryMatches = new List<PhraseMatch<Country>>();
        var cueMatches = new List<PhraseMatch<string>>();
        foreach (var s in sentences)
        {
            _catalog.CountryWords.MatchAll(text, doc.Tokens, s.FirstToken, s.EndToken, countryMatches);
            _catalog.Cues.MatchAll(text, doc.Tokens, s.FirstToken, s.EndToken, cueMatches);
        }
        var storyCountry = StoryCountry(countryMatches);
        var cued = cueMatches.Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        // Country phrases by the token they end at (longest kept), for "Malian soldiers".
        var countryEndingAt = new Dictionary<int, PhraseMatch<Country>>();
        var countryStartingAt = new Dictionary<int, PhraseMatch<Country>>();
        foreach (var m in countryMatches)
        {
            if (!countryEndingAt.TryGetValue(m.EndToken, out var e) || e.FirstToken > m.FirstToken) countryEndingAt[m.EndToken] = m;
            if (!countryStartingAt.TryGetValue(m.FirstToken, out var b) || b.EndToken < m.EndToken) countryStartingAt[m.FirstToken] = m;
        }

        // Pass 2: actors, sentence by sentence.
        var raw = new List<PhraseMatch<AliasTargets>>();
        var candidates = new List<(TextSpan Span, ActorEntry Entry, string? Iso2, bool Generic)>();
        foreach (var s in sentences)
        {
            raw.Clear();
            candidates.Clear();
            _catalog.Aliases.MatchAll(text, doc.Tokens, s.FirstToken, s.EndToken, raw);
            foreach (var m in raw)
            {
                var entry = Resolve(m.Value, storyCountry, cued);
                if (entry is null) continue;
                var span = m.Span;
                if (!entry.IsGeneric)
                {
                    candidates.Add((span, entry, CountryOf(entry, storyCountry), false));
                    continue;
                }
                Country? country = null;
                if (m.FirstToken > s.FirstToken && countryEndingAt.TryGetValue(m.FirstToken, out var before) && before.FirstToken >= s.FirstToken)
                {
                    country = before.Value;
                    span = new TextSpan(before.Span.Start, span.End);
                }
                else if (entry.Kind is ActorKind.StateMilitary or ActorKind.StatePolice && m.EndToken + 1 < s.EndToken
                         && Is(text, doc.Tokens[m.EndToken], "of") && countryStartingAt.TryGetValue(m.EndToken + 1, out var after)
                         && after.EndToken <= s.EndToken)
                {
                    country = after.Value;
                    span = new TextSpan(span.Start, after.Span.End);
                }
                if (country is not null && _catalog.StateForce(country.Iso2, entry.Kind) is { } force)
                    candidates.Add((span, force, country.Iso2, false));
                else
                    candidates.Add((span, entry, country?.Iso2, true));
            }
            // Longest first, then leftmost, named before generic; drop overlaps.
            candidates.Sort((a, b) =>
            {
                int c = b.Span.Length.CompareTo(a.Span.Length);
                if (c != 0) return c;
                c = a.Span.Start.CompareTo(b.Span.Start);
                return c != 0 ? c : a.Generic.CompareTo(b.Generic);
            });
            var kept = new List<ActorMention>();
            foreach (var c in candidates)
            {
                bool overlaps = false;
                foreach (var k in kept) if (k.Span.Overlaps(c.Span)) { overlaps = true; break; }
                if (!overlaps) kept.Add(new ActorMention(c.Span, c.Entry, c.Iso2, c.Generic));
            }
            kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            doc.Mentions.AddRange(kept);
        }
    }

    private ActorEntry? Resolve(AliasTargets t, Country? story, HashSet<string> cued)
    {
        foreach (var e in t.Context)
            if (cued.Contains(e.Id)) return e;
        if (story is not null)
        {
            foreach (var e in t.Context) if (e.Countries.Contains(story.Iso2)) return e;
            if (t.Plain.Count > 1)
                foreach (var e in t.Plain) if (e.Countries.Contains(story.Iso2)) return e;
        }
        return t.Plain.Count > 0 ? t.Plain[0] : null;
    }

    /// <summary>The entry's only country; else the story's country where the entry lists it.</summary>
    private static string? CountryOf(ActorEntry e, Country? story)
    {
        if (e.Countries.Count == 1) return e.Countries[0];
        if (story is not null && e.Countries.Contains(story.Iso2)) return story.Iso2;
        return null;
    }

    private static Country? StoryCountry(List<PhraseMatch<Country>> matches)
    {
        Country? best = null;
        int bestCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            int n = counts[m.Value.Iso2] = counts.GetValueOrDefault(m.Value.Iso2) + 1;
            if (n > bestCount) { best = m.Value; bestCount = n; }
        }
        return best;
    }

    private static bool Is(string text, Token t, string word) =>
        text.AsSpan(t.Start, t.Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
