using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// Pipeline stage "places": finds the countries and places an article names and resolves each place to a
/// gazetteer entry, keeping the reasons. Countries are read from every story line (headline, standfirst,
/// body) and the dateline; places only from Body sentences. Candidate spans are runs of capitalised words
/// that the gazetteer knows, minus people (after a title or starting with a given name), organisations
/// and armed groups, common capitalised words and rivers. Each is resolved by <see cref="PlaceResolver"/>
/// twice: once on the article's countries and cues, then again with the places resolved confidently in
/// the first pass as anchors, so that a village is placed near the town the article also names.
/// Stateless across documents; thread-safe.
/// </summary>
public sealed partial class PlaceRecognizer : IStage
{
    private readonly IGazetteer _gazetteer;
    private readonly ICountryCatalog _countries;
    private readonly CountryCatalog? _catalog;
    private readonly PlaceWords _words;

    public PlaceRecognizer(IGazetteer gazetteer, ICountryCatalog countries, PlaceWords? words = null)
    {
        _gazetteer = gazetteer;
        _countries = countries;
        _catalog = countries as CountryCatalog;
        _words = words ?? PlaceWords.Default;
    }

    public string Name => "places";

    // A word: letters/digits with inner apostrophes or hyphens ("N'Djamena", "al-Fashir", "Mali's").
    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*(?:['’\-][\p{L}\p{M}\p{Nd}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
        { "de", "du", "des", "la", "le", "el", "al", "es", "ed", "ad", "ash", "az", "ar", "bin", "ibn", "ben", "wa", "of", "di", "da", "dos", "das", "del" }; // not "at", "as", "an", "do": English words join no names

    private static readonly string[] ArticlePrefixes = ["al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-", "ed-", "en-", "es-", "ez-", "ul-", "as-", "adh-", "ath-"];

    private readonly record struct Word(int Start, int End, bool Cap, bool AllCaps, string Key);

    private sealed record Pending(TextSpan Span, string Key, ResolutionContext Ctx, bool Near, TextSpan? CueSpan);

    public void Run(Document doc)
    {
        var sentences = doc.Sentences.Count > 0 ? doc.Sentences : LinesAsSentences(doc);
        var countryWeights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var pending = new List<Pending>();
        var anchors = new List<(string Key, Place Place)>();

        DatelineContext(doc, countryWeights, anchors);

        foreach (var sentence in sentences)
        {
            bool story = sentence.Role is LineRole.Body or LineRole.Headline or LineRole.Standfirst;
            if (!story) continue;
            ScanSentence(doc, sentence, sentence.Role == LineRole.Body, countryWeights, pending);
        }

        // Pass 1: countries and cues only; confident results become anchors.
        var first = new List<IReadOnlyList<RankedPlace>>(pending.Count);
        foreach (var p in pending)
        {
            foreach (var (k, v) in countryWeights) p.Ctx.Countries[k] = v;
            var ranked = PlaceResolver.Rank(_gazetteer.Lookup(doc.Slice(p.Span)), p.Key, p.Ctx, explain: false);
            first.Add(ranked);
            if (ranked.Count == 1 || ranked.Count > 1 && ranked[0].Score - ranked[1].Score >= 1.5)
                if (Acceptable(ranked[0], p.Ctx, p.Key) && (p.Ctx.Countries.Count == 0 || p.Ctx.Countries.ContainsKey(ranked[0].Place.CountryCode)))
                    anchors.Add((p.Key, ranked[0].Place));
        }

        // Pass 2: the same with distances to the anchors.
        for (int i = 0; i < pending.Count; i++)
        {
            var p = pending[i];
            IReadOnlyList<RankedPlace> ranked = first[i];
            if (ranked.Count > 1 && anchors.Count > 0)
            {
                p.Ctx.Anchors.AddRange(anchors);
                ranked = PlaceResolver.Rank(_gazetteer.Lookup(doc.Slice(p.Span)), p.Key, p.Ctx, explain: false);
            }
            if (ranked.Count == 0)
            {
                doc.Mentions.Add(new PlaceMention(p.Span, null, 0, p.Near ? PlaceRelation.Near : PlaceRelation.At,
                    $"no gazetteer knows '{doc.Slice(p.Span)}' ({_gazetteer.Version}); left unknown", 0, p.CueSpan));
                continue;
            }
            var top = ranked[0];
            if (!Acceptable(top, p.Ctx, p.Key)) continue;
            bool area = top.Place.FeatureClass == "A" || p.Ctx.Cue is PlaceCue.Area1 or PlaceCue.Area2;
            var relation = p.Near ? PlaceRelation.Near : area ? PlaceRelation.InRegion : PlaceRelation.At;
            int precision = relation switch { PlaceRelation.Near => 2, PlaceRelation.InRegion => 3, _ => 1 };
            var why = $"{top.Place.Name} ({top.Place.CountryCode}, {top.Place.FeatureClass}.{top.Place.FeatureCode}, {top.Place.Source}), "
                      + $"best of {ranked.Count}: {PlaceResolver.Rank([top.Place], p.Key, p.Ctx, explain: true)[0].Why}"
                      + (ranked.Count > 1 ? $"; runner-up {ranked[1].Place.Name} ({ranked[1].Place.CountryCode}) {ranked[1].Score.ToString("0.0", CultureInfo.InvariantCulture)} vs {top.Score.ToString("0.0", CultureInfo.InvariantCulture)}" : "")
                      + (relation == PlaceRelation.Near ? "; 'near' wording: precision 2" : relation == PlaceRelation.InRegion ? "; a region only: precision 3" : "");
            doc.Mentions.Add(new PlaceMention(p.Span, top.Place, precision, relation, why, ranked.Count, p.CueSpan));
        }
    }

    /// <summary>A small place abroad that nothing in the text points to is more likely a word or a person than
    /// the place: leave it out rather than guess.</summary>
    private static bool Acceptable(RankedPlace top, ResolutionContext ctx, string key)
    {
        var p = top.Place;
        bool inArticle = ctx.Countries.ContainsKey(p.CountryCode);
        bool alternate = PlaceResolver.IsAlternateOnly(p, key);
        if (inArticle) return true;
        if (alternate && p.Population < 500_000) return false;
        if (ctx.Cue != PlaceCue.None) return true;
        if (ctx.Countries.Count == 0) return p.Population >= 1000 || p.Source == "sitrep:supplement";
        return p.FeatureClass == "P" && (p.Population >= 100_000 || p.FeatureCode == "PPLC");
    }

    private void DatelineContext(Document doc, Dictionary<string, double> weights, List<(string, Place)> anchors)
    {
        if (doc.DatelinePlace is not { } span || span.IsEmpty) return;
        var text = doc.Slice(span);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (_countries.ByNameOrDemonym(part) is { } c) { Bump(weights, c.Iso2, 3); continue; }
            var places = _gazetteer.Lookup(part);
            var best = places.Where(p => p.FeatureClass == "P").OrderByDescending(p => p.Population).FirstOrDefault();
            if (best is not null)
            {
                Bump(weights, best.CountryCode, 3);
                anchors.Add((NameKey.Of(part), best));
                doc.Mentions.Add(new PlaceMention(span, best, 1, PlaceRelation.At,
                    $"dateline '{part}': the most populous place of that name ({best.CountryCode}, population {best.Population:N0})", places.Count, null));
            }
        }
    }

    private static void Bump(Dictionary<string, double> w, string iso2, double by) => w[iso2] = w.GetValueOrDefault(iso2) + by;

    private static List<Sentence> LinesAsSentences(Document doc)
    {
        // Before segmentation is available, each non-blank line is read as one body sentence.
        var list = new List<Sentence>();
        int start = 0;
        for (int i = 0; i <= doc.Text.Length; i++)
        {
            if (i < doc.Text.Length && doc.Text[i] != '\n') continue;
            if (i > start && !string.IsNullOrWhiteSpace(doc.Text[start..i]))
                list.Add(new Sentence(list.Count, new TextSpan(start, i), 0, 0, list.Count, LineRole.Body));
            start = i + 1;
        }
        return list;
    }

    private List<Word> Words(Document doc, TextSpan span)
    {
        var list = new List<Word>();
        var text = doc.Text.AsSpan(span.Start, span.Length);
        foreach (var m in WordPattern().EnumerateMatches(text)) // no Match object per word, no copy of the sentence
        {
            int start = span.Start + m.Index, end = start + m.Length;
            var t = text.Slice(m.Index, m.Length);
            if (t.Length > 2 && (t.EndsWith("'s") || t.EndsWith("’s"))) { end -= 2; t = t[..^2]; }
            bool cap = char.IsUpper(t[0]);
            if (!cap)
                foreach (var pre in ArticlePrefixes)
                    if (t.Length > pre.Length && t.StartsWith(pre, StringComparison.Ordinal) && char.IsUpper(t[pre.Length])) { cap = true; break; }
            bool allCaps = true;
            foreach (char c in t) if (char.IsLetter(c) && !char.IsUpper(c)) { allCaps = false; break; }
            list.Add(new Word(start, end, cap, allCaps, NameKey.Of(t)));
        }
        return list;
    }

    private bool OnlySpaceBetween(Document doc, int a, int b)
    {
        if (b - a > 3) return false;
        for (int i = a; i < b; i++) if (doc.Text[i] != ' ' && doc.Text[i] != '\u00A0') return false;
        return true;
    }

    private void ScanSentence(Document doc, Sentence sentence, bool findPlaces, Dictionary<string, double> weights, List<Pending> pending)
    {
        var words = Words(doc, sentence.Span);
        int i = 0;
        while (i < words.Count)
        {
            if (!words[i].Cap) { i++; continue; }
            // The run of capitalised words (with connectors) starting here.
            int end = i + 1;
            while (end < words.Count && OnlySpaceBetween(doc, words[end - 1].End, words[end].Start))
            {
                if (words[end].Cap) { end++; continue; }
                if (Connectors.Contains(words[end].Key) && end + 1 < words.Count && words[end + 1].Cap
                    && OnlySpaceBetween(doc, words[end].End, words[end + 1].Start)) { end += 2; continue; }
                break;
            }
            ScanRun(doc, sentence, words, i, end, findPlaces, weights, pending);
            i = end;
        }
    }

    private string Phrase(List<Word> w, int from, int to)
    {
        // Called for every sub-run and cue window: no LINQ, and one word is its key as is.
        if (to - from == 1) return w[from].Key;
        if (to <= from) return "";
        int length = to - from - 1;
        for (int k = from; k < to; k++) length += w[k].Key.Length;
        return string.Create(length, (w, from, to), static (dest, a) =>
        {
            int at = 0;
            for (int k = a.from; k < a.to; k++)
            {
                if (k > a.from) dest[at++] = ' ';
                a.w[k].Key.AsSpan().CopyTo(dest[at..]);
                at += a.w[k].Key.Length;
            }
        });
    }

    private void ScanRun(Document doc, Sentence sentence, List<Word> w, int start, int end, bool findPlaces,
        Dictionary<string, double> weights, List<Pending> pending)
    {
        // A person: a title before or at the start of the run, or a run that starts with a given name.
        bool person = start > 0 && _words.Is(w[start - 1].Key, PlaceWordKind.Title)
                      || start > 1 && _words.Is(Phrase(w, start - 2, start), PlaceWordKind.Title);
        // "DR Congo" is not "Dr Congo": a short all-capitals word is an abbreviation, not a title.
        bool titleCase = !(w[start].AllCaps && w[start].End - w[start].Start <= 3);
        for (int k = Math.Min(end, start + 3); k > start && !person && titleCase; k--)
            if (_words.Is(Phrase(w, start, k), PlaceWordKind.Title) && k < end) person = true;
        if (!person && end - start >= 2 && _words.Is(w[start].Key, PlaceWordKind.Given)) person = true;
        if (person)
        {
            CountriesOnly(doc, w, start, end, weights);
            return;
        }
        // An organisation: the run ends with an organisation word ("Sudan Doctors Network").
        if (end - start >= 2 && _words.Is(w[end - 1].Key, PlaceWordKind.OrgHead))
        {
            CountriesOnly(doc, w, start, end, weights);
            return;
        }

        int i = start;
        bool unknownBefore = false; // an earlier capitalised word of the run that is no place: "Sadr City", "Ahmed Kaya"
        while (i < end)
        {
            bool matched = false;
            for (int j = Math.Min(end, i + 6); j > i; j--)
            {
                var key = Phrase(w, i, j);
                var span = new TextSpan(w[i].Start, w[j - 1].End);
                // Named organisations and armed groups are never places ("Islamic State", "Syrian Observatory").
                if (_words.Is(key, PlaceWordKind.Org)) { i = j; matched = true; unknownBefore = false; break; }
                bool areaAfter = j < end && (_words.Is(w[j].Key, PlaceWordKind.CueArea1) || _words.Is(w[j].Key, PlaceWordKind.CueArea2))
                                 || j == end && end < w.Count && (_words.Is(w[end].Key, PlaceWordKind.CueArea1) || _words.Is(w[end].Key, PlaceWordKind.CueArea2));
                var country = areaAfter ? null : _catalog?.ByNameKey(key) ?? _catalog?.ByDemonymKey(key) ?? (_catalog is null ? _countries.ByNameOrDemonym(doc.Slice(span)) : null);
                if (country is not null)
                {
                    bool demonym = _catalog?.ByNameKey(key) is null;
                    Bump(weights, country.Iso2, demonym ? 0.7 : 1);
                    if (findPlaces || sentence.Role is LineRole.Headline or LineRole.Standfirst)
                        doc.Mentions.Add(new CountryMention(span, country));
                    i = j; matched = true; break;
                }
                if (!findPlaces) continue;
                if (!_gazetteer.IsKnownName(doc.Slice(span))) continue;
                if (unknownBefore && j - i == 1) continue;
                var cue = FindCue(doc, w, i, j, end, out var cueWord, out var cueSpan, out var codes, out bool near, out bool water);
                if (water) { i = j; matched = true; break; }
                bool cueBefore = cueSpan is { } cb && cb.End <= span.Start;
                if (j - i == 1 && !(cueBefore && cue is PlaceCue.Populated or PlaceCue.Site))
                {
                    if (_words.Is(key, PlaceWordKind.Skip) || _words.Is(key, PlaceWordKind.Title) || _words.Is(key, PlaceWordKind.Given)) continue;
                    if (w[i].AllCaps && key.Length <= 4) continue; // acronyms
                    if (key.Length <= 2) continue;
                    if (AtSentenceStart(doc, sentence, w[i]) && UsedLowerCase(doc, key)) continue;
                }
                pending.Add(new Pending(span, key, new ResolutionContext { Cue = cue, CueWord = cueWord, SiteCodes = codes }, near, cueSpan));
                i = j; matched = true; break;
            }
            if (!matched)
            {
                // "the village of X" where no gazetteer knows X: a place, left unknown.
                if (findPlaces && i == start && end - start <= 3)
                {
                    var cue = FindCue(doc, w, start, end, end, out _, out var cueSpan, out _, out bool near, out bool water);
                    if (!water && cue is PlaceCue.Populated && cueSpan is { } cs && cs.End <= w[start].Start
                        && !_words.Is(Phrase(w, start, end), PlaceWordKind.Skip))
                    {
                        pending.Add(new Pending(new TextSpan(w[start].Start, w[end - 1].End), Phrase(w, start, end),
                            new ResolutionContext { Cue = cue }, near, cueSpan));
                        return;
                    }
                }
                if (!Connectors.Contains(w[i].Key) && !_words.Is(w[i].Key, PlaceWordKind.Skip) && !_words.Is(w[i].Key, PlaceWordKind.Title))
                    unknownBefore = true;
                i++;
            }
        }
    }

    private void CountriesOnly(Document doc, List<Word> w, int start, int end, Dictionary<string, double> weights)
    {
        // "Malian Armed Forces", "President Assimi Goita of Mali": no place, but the country still counts.
        for (int k = start; k < end; k++)
            if (_countries.ByNameOrDemonym(w[k].Key) is { } c) Bump(weights, c.Iso2, 0.7);
    }

    private static bool AtSentenceStart(Document doc, Sentence s, Word w)
    {
        for (int k = w.Start - 1; k >= s.Span.Start; k--)
        {
            char c = doc.Text[k];
            if (char.IsLetterOrDigit(c)) return false;
            if (c is '.' or '!' or '?' or '\n') return true;
        }
        return true;
    }

    /// <summary>True when the word also occurs in lower case in the article: a common word, not a name.</summary>
    private static bool UsedLowerCase(Document doc, string key)
    {
        int at = 0;
        while ((at = doc.Text.IndexOf(key, at, StringComparison.Ordinal)) >= 0)
        {
            bool before = at == 0 || !char.IsLetter(doc.Text[at - 1]);
            bool after = at + key.Length >= doc.Text.Length || !char.IsLetter(doc.Text[at + key.Length]);
            if (before && after) return true;
            at += key.Length;
        }
        return false;
    }

    /// <summary>The cue around words [i, j): a cue phrase just before ("the town of", "the base in",
    /// "40 km north of"), or a cue word just after ("Mopti region", "Kakuma camp").</summary>
    private PlaceCue FindCue(Document doc, List<Word> w, int i, int j, int runEnd, out string? cueWord, out TextSpan? cueSpan,
        out string[] codes, out bool near, out bool water)
    {
        cueWord = null; cueSpan = null; codes = []; near = false; water = false;
        var cue = PlaceCue.None;

        // After: the rest of the run or the next word ("Mopti Region", "Tillaberi region", "Kakuma refugee camp").
        for (int len = 3; len >= 1 && cue == PlaceCue.None; len--)
        {
            if (j + len > w.Count) continue;
            if (!OnlySpaceBetween(doc, w[j - 1].End, w[j].Start)) break;
            var after = Phrase(w, j, j + len);
            cue = Classify(after, ref codes, ref water);
            if (cue != PlaceCue.None || water) { cueWord = after; cueSpan = new TextSpan(w[j].Start, w[j + len - 1].End); }
        }

        // Before: up to six words back, within the sentence and with no comma in between.
        int from = i;
        while (from > 0 && i - from < 6 && !HasBreak(doc, w[from - 1].End, w[from].Start)) from--;
        for (int a = from; a < i; a++)
        {
            var phrase = Phrase(w, a, i);
            if (_words.Is(phrase, PlaceWordKind.CueNear) || _words.Is(StripTrailing(phrase), PlaceWordKind.CueNear)) near = true;
            if (phrase.StartsWith("near ", StringComparison.Ordinal) || phrase.Contains(" near ", StringComparison.Ordinal)) near = near || i - a <= 3;
        }
        if (cue == PlaceCue.None)
        {
            for (int a = from; a < i; a++)
            {
                var raw = Phrase(w, a, i);
                if (raw.EndsWith("capital of", StringComparison.Ordinal))
                {
                    cue = PlaceCue.Area1; cueWord = "capital of"; cueSpan = new TextSpan(w[a].Start, w[i - 1].End);
                    break;
                }
                var phrase = StripTrailing(raw);
                if (phrase.Length == 0) continue;
                // Take the cue word at the end of the phrase: "the town of" → "town"; "a military base in" → "military base".
                foreach (var candidate in new[] { phrase, StripLeading(phrase) })
                {
                    var c = Classify(candidate, ref codes, ref water);
                    if (c != PlaceCue.None || water)
                    {
                        cue = c; cueWord = candidate; cueSpan = new TextSpan(w[a].Start, w[i - 1].End);
                        break;
                    }
                }
                if (cue != PlaceCue.None || water) break;
            }
        }
        return cue;
    }

    private static bool HasBreak(Document doc, int a, int b)
    {
        for (int k = a; k < b; k++) if (doc.Text[k] is ',' or ';' or ':' or '.' or '(' or ')' or '"' or '“' or '”' or '\n') return true;
        return false;
    }

    private static readonly string[] TrailingWords = [" of", " in", " at", " near", " outside", " from", " called", " named", " known as"];
    private static string StripTrailing(string phrase)
    {
        foreach (var t in TrailingWords)
            if (phrase.EndsWith(t, StringComparison.Ordinal)) return phrase[..^t.Length];
        return phrase;
    }

    private static string StripLeading(string phrase)
    {
        foreach (var l in new[] { "the ", "a ", "an ", "its ", "their " })
            if (phrase.StartsWith(l, StringComparison.Ordinal)) return phrase[l.Length..];
        return phrase;
    }

    private PlaceCue Classify(string phrase, ref string[] codes, ref bool water)
    {
        phrase = StripLeading(phrase);
        if (_words.Is(phrase, PlaceWordKind.CueWater)) { water = true; return PlaceCue.None; }
        if (_words.Is(phrase, PlaceWordKind.CueArea1)) return PlaceCue.Area1;
        if (_words.Is(phrase, PlaceWordKind.CueArea2)) return PlaceCue.Area2;
        if (_words.Is(phrase, PlaceWordKind.CuePopulated)) return PlaceCue.Populated;
        if (_words.Value(phrase, PlaceWordKind.CueSite) is { } v) { codes = v.Split('|'); return PlaceCue.Site; }
        return PlaceCue.None;
    }
}
