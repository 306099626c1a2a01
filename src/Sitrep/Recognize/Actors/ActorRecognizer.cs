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
/// ("Islamic State" with "West Africa" in the same sentence → ISWAP), else one whose countries hold the story's country
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

        // One scan: every alias, country word and cue of every sentence read.
        var words = new List<PhraseMatch<ActorWord>>();
        var firstMatch = new int[sentences.Count + 1];
        for (int si = 0; si < sentences.Count; si++)
        {
            firstMatch[si] = words.Count;
            _catalog.Words.MatchAll(text, doc.Tokens, sentences[si].FirstToken, sentences[si].EndToken, words);
        }
        firstMatch[sentences.Count] = words.Count;

        // The story's country; country phrases by the token they end and start at (longest kept), for "Malian soldiers".
        var storyCountry = StoryCountry(words);
        var countryEndingAt = new Dictionary<int, PhraseMatch<ActorWord>>();
        var countryStartingAt = new Dictionary<int, PhraseMatch<ActorWord>>();
        foreach (var m in words)
        {
            if (m.Value.Country is null) continue;
            if (!countryEndingAt.TryGetValue(m.EndToken, out var e) || e.FirstToken > m.FirstToken) countryEndingAt[m.EndToken] = m;
            if (!countryStartingAt.TryGetValue(m.FirstToken, out var b) || b.EndToken < m.EndToken) countryStartingAt[m.FirstToken] = m;
        }

        // Actors, sentence by sentence. Cues count in their own sentence only: "West Africa" is common
        // background in Sahel stories.
        var cued = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<(TextSpan Span, ActorEntry Entry, string? Iso2, bool Generic)>();
        var kept = new List<ActorMention>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            candidates.Clear();
            cued.Clear();
            for (int k = firstMatch[si]; k < firstMatch[si + 1]; k++)
                if (words[k].Value.CueOf is { } ids) cued.UnionWith(ids);
            for (int k = firstMatch[si]; k < firstMatch[si + 1]; k++)
            {
                var m = words[k];
                if (m.Value.Targets is not { } targets) continue;
                var entry = Resolve(targets, storyCountry, cued);
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
                    country = before.Value.Country;
                    span = new TextSpan(before.Span.Start, span.End);
                }
                else if (entry.Kind is ActorKind.StateMilitary or ActorKind.StatePolice && m.EndToken + 1 < s.EndToken
                         && Is(text, doc.Tokens[m.EndToken], "of") && countryStartingAt.TryGetValue(m.EndToken + 1, out var after)
                         && after.EndToken <= s.EndToken)
                {
                    country = after.Value.Country;
                    span = new TextSpan(span.Start, after.Span.End);
                }
                if (country is null && _catalog.RequiresCountry(entry)) continue;
                if (country is not null && _catalog.StateForce(country.Iso2, entry.Kind) is { } force)
                    candidates.Add((span, force, country.Iso2, false));
                else
                    candidates.Add((span, entry, country?.Iso2, true));
            }
            if (candidates.Count == 0) continue;
            // Longest first, then leftmost, named before generic; drop overlaps.
            candidates.Sort((a, b) =>
            {
                int c = b.Span.Length.CompareTo(a.Span.Length);
                if (c != 0) return c;
                c = a.Span.Start.CompareTo(b.Span.Start);
                return c != 0 ? c : a.Generic.CompareTo(b.Generic);
            });
            kept.Clear();
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

    private static Country? StoryCountry(List<PhraseMatch<ActorWord>> matches)
    {
        Country? best = null;
        int bestCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            if (m.Value.Country is not { } c) continue;
            int n = counts[c.Iso2] = counts.GetValueOrDefault(c.Iso2) + 1;
            if (n > bestCount) { best = c; bestCount = n; }
        }
        return best;
    }

    private static bool Is(string text, Token t, string word) =>
        text.AsSpan(t.Start, t.Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
