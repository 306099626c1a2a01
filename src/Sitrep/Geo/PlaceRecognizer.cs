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
        // The dateline's own span is a mention already; when the dateline line is also the first body
        // sentence, the same span must not come out twice.
        var datelineSpans = doc.Mentions.OfType<PlaceMention>().Select(m => m.Span).ToHashSet();

        // Each story sentence's words, split once for the person-name pass and the scan.
        var words = new List<Word>?[sentences.Count];
        var scan = new ScanState(PersonNames(doc, sentences, words));
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            bool story = sentence.Role is LineRole.Body or LineRole.Headline or LineRole.Standfirst;
            if (!story) continue;
            ScanSentence(doc, sentence, words[i] ?? Words(doc, sentence.Span), sentence.Role == LineRole.Body, countryWeights, pending, scan);
        }
        pending.RemoveAll(p => datelineSpans.Any(d => d.Start < p.Span.End && p.Span.Start < d.End));

        // Pass 1: countries and cues only; confident results become anchors.
        var first = new List<IReadOnlyList<RankedPlace>>(pending.Count);
        // The candidates of each name, looked up once for both passes.
        var candidates = new List<IReadOnlyList<Place>>(pending.Count);
        foreach (var p in pending)
        {
            foreach (var (k, v) in countryWeights) p.Ctx.Countries[k] = v;
            var found = _gazetteer.Lookup(doc.Slice(p.Span));
            candidates.Add(found);
            var ranked = PlaceResolver.Rank(found, p.Key, p.Ctx, explain: false);
            first.Add(ranked);
            if (ranked.Count == 1 || ranked.Count > 1 && ranked[0].Score - ranked[1].Score >= 1.5)
                if (Acceptable(ranked[0], p.Ctx, p.Key) && (p.Ctx.Countries.Count == 0 || p.Ctx.Countries.ContainsKey(ranked[0].Place.CountryCode)))
                    anchors.Add((p.Key, ranked[0].Place));
        }

        // Pass 2: the same with distances to the anchors.
        int firstNew = doc.Mentions.Count;
        for (int i = 0; i < pending.Count; i++)
        {
            var p = pending[i];
            IReadOnlyList<RankedPlace> ranked = first[i];
            if (ranked.Count > 1 && anchors.Count > 0)
            {
                p.Ctx.Anchors.AddRange(anchors);
                ranked = PlaceResolver.Rank(candidates[i], p.Key, p.Ctx, explain: false);
            }
            if (ranked.Count == 0)
            {
                doc.Mentions.Add(new PlaceMention(p.Span, null, 0, p.Near ? PlaceRelation.Near : PlaceRelation.At,
                    $"no gazetteer knows '{doc.Slice(p.Span)}' ({_gazetteer.Version}); left unknown", 0, p.CueSpan));
                continue;
            }
            var top = ranked[0];
            // Countries are CountryMentions only; a country-level gazetteer row is never a place.
            if (top.Place.FeatureCode.StartsWith("PCL", StringComparison.Ordinal) || _catalog?.ByNameKey(p.Key) is not null) continue;
            if (!Acceptable(top, p.Ctx, p.Key))
            {
                // The text says it is a place ("the village of X") but the only candidates lie abroad with
                // nothing pointing there: keep the name, unresolved, rather than a far-away namesake.
                if (p.CueSpan is not null && p.Ctx.Cue != PlaceCue.None)
                    doc.Mentions.Add(new PlaceMention(p.Span, null, 0, p.Near ? PlaceRelation.Near : PlaceRelation.At,
                        $"'{doc.Slice(p.Span)}' is marked as a place, but its only candidates ({top.Place.Name}, {top.Place.CountryCode}) lie outside the article's countries; left unresolved", ranked.Count, p.CueSpan));
                continue;
            }
            bool area = top.Place.FeatureClass == "A" || p.Ctx.Cue is PlaceCue.Area1 or PlaceCue.Area2;
            var relation = p.Near ? PlaceRelation.Near : area ? PlaceRelation.InRegion : PlaceRelation.At;
            int precision = relation switch { PlaceRelation.Near => 2, PlaceRelation.InRegion => 3, _ => 1 };
            var why = $"{top.Place.Name} ({top.Place.CountryCode}, {top.Place.FeatureClass}.{top.Place.FeatureCode}, {top.Place.Source}), "
                      + $"best of {ranked.Count}: {PlaceResolver.Rank([top.Place], p.Key, p.Ctx, explain: true)[0].Why}"
                      + (ranked.Count > 1 ? $"; runner-up {ranked[1].Place.Name} ({ranked[1].Place.CountryCode}) {ranked[1].Score.ToString("0.0", CultureInfo.InvariantCulture)} vs {top.Score.ToString("0.0", CultureInfo.InvariantCulture)}" : "")
                      + (relation == PlaceRelation.Near ? "; 'near' wording: precision 2" : relation == PlaceRelation.InRegion ? "; a region only: precision 3" : "");
            doc.Mentions.Add(new PlaceMention(p.Span, top.Place, precision, relation, why, ranked.Count, p.CueSpan));
        }
        ContainingPlaces(doc, firstNew);
    }

    // Between an unknown place and the place that contains it: a cue and "of"/"in", nothing that starts a
    // new item ("and", a number) or a new clause.
    [GeneratedRegex(@"^[^.;:()\d\n]{0,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainmentGap();
    [GeneratedRegex(@"\b(?:in|of)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContainmentWord();
    [GeneratedRegex(@"\b(?:and|or|but|while|after|before|when|where|which|who|said|says|told)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContainmentBreak();

    /// <summary>"X area of Y", "X village, in Y district": the unknown X gets Y (or what contains Y) as the place
    /// it lies in. Mentions from <paramref name="from"/> on are this run's, in text order.</summary>
    private static void ContainingPlaces(Document doc, int from)
    {
        for (int k = doc.Mentions.Count - 1; k >= from; k--)
        {
            if (doc.Mentions[k] is not PlaceMention { Place: null } m) continue;
            for (int n = k + 1; n < doc.Mentions.Count; n++)
            {
                if (doc.Mentions[n] is not PlaceMention next || next.Span.Start < m.Span.End) continue;
                var gap = doc.Text.AsSpan(m.Span.End, next.Span.Start - m.Span.End).ToString();
                if (!ContainmentGap().IsMatch(gap) || !ContainmentWord().IsMatch(gap) || ContainmentBreak().IsMatch(gap)) break;
                var container = next.Place is not null ? next : next.Within;
                if (container is not null) doc.Mentions[k] = m with { Within = container };
                break;
            }
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
        // A place abroad matched only by one of its alternate (often foreign-language) names, in an article
        // that names its own countries, is a coincidence of spelling ("Sabga" in Cameroon is not a Chinese town).
        if (alternate && (p.Population < 500_000 || ctx.Countries.Count > 0)) return false;
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

    /// <summary>What the scan of one article learns as it goes: the people it names (so that "Cuenca said" is
    /// the captain named before, not a town) and the unknown names the text marked as places.</summary>
    private sealed class ScanState(HashSet<string> persons)
    {
        public HashSet<string> Persons { get; } = persons;
        public HashSet<string> MarkedUnknown { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The runs of capitalised words (with connectors) in a sentence's words, as [start, end) indexes.</summary>
    private List<(int Start, int End)> Runs(Document doc, List<Word> words)
    {
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < words.Count)
        {
            if (!words[i].Cap) { i++; continue; }
            int end = i + 1;
            while (end < words.Count && OnlySpaceBetween(doc, words[end - 1].End, words[end].Start))
            {
                if (words[end].Cap) { end++; continue; }
                if (Connectors.Contains(words[end].Key) && end + 1 < words.Count && words[end + 1].Cap
                    && OnlySpaceBetween(doc, words[end].End, words[end + 1].Start)) { end += 2; continue; }
                break;
            }
            runs.Add((i, end));
            i = end;
        }
        return runs;
    }

    /// <summary>People the article names anywhere (a title before, a given name first, a role or "said" after):
    /// their full names and surnames, so that a later bare surname is no place either.</summary>
    /// <summary>The people the story names; fills <paramref name="words"/> with each story sentence's words.</summary>
    private HashSet<string> PersonNames(Document doc, IReadOnlyList<Sentence> sentences, List<Word>?[] words)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (sentence.Role is not (LineRole.Body or LineRole.Headline or LineRole.Standfirst)) continue;
            var w = words[i] = Words(doc, sentence.Span);
            foreach (var (start, end) in Runs(doc, w))
            {
                // The words after a title: "Captain Chris Cuenca" → "chris cuenca", "cuenca".
                int from = start;
                while (from < end - 1 && (_words.Is(w[from].Key, PlaceWordKind.Title) || _words.Is(w[from].Key, PlaceWordKind.Skip))) from++;
                if (!IsPerson(doc, w, start, end, null)) continue;
                if (_catalog?.ByNameKey(w[end - 1].Key) is not null || _words.Is(w[end - 1].Key, PlaceWordKind.Title)) continue;
                names.Add(Phrase(w, from, end));
                names.Add(w[end - 1].Key);
            }
        }
        return names;
    }

    private static readonly HashSet<string> InsideTownCues = new(StringComparer.Ordinal)
        { "suburb", "neighbourhood", "neighborhood", "quarter" };

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
        { "said", "says", "told", "added", "explained", "stated", "wrote", "tweeted", "noted", "warned" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
        { "in", "at", "of", "from", "near", "to", "into", "across", "around", "outside", "toward", "towards", "between",
          "and", "or", "on", "through", "via", "under", "over", "for", "by", "inside", "within", "beyond" };

    /// <summary>A person: a title before or at the start of the run, a run that starts with a given name, a name
    /// the article gives to a person elsewhere, a name followed by ", a/the &lt;role&gt;" or by "said"/"told", or a
    /// name right after "said".</summary>
    private bool IsPerson(Document doc, List<Word> w, int start, int end, HashSet<string>? persons)
    {
        if (start > 0 && _words.Is(w[start - 1].Key, PlaceWordKind.Title)
            || start > 1 && _words.Is(Phrase(w, start - 2, start), PlaceWordKind.Title)) return true;
        // "DR Congo" is not "Dr Congo": a short all-capitals word is an abbreviation, not a title.
        bool titleCase = !(w[start].AllCaps && w[start].End - w[start].Start <= 3);
        for (int k = Math.Min(end, start + 3); k > start && titleCase; k--)
            if (_words.Is(Phrase(w, start, k), PlaceWordKind.Title) && k < end) return true;
        if (end - start >= 2 && _words.Is(w[start].Key, PlaceWordKind.Given)) return true;
        var phrase = Phrase(w, start, end);
        if (_catalog?.ByNameKey(phrase) is not null || _catalog?.ByDemonymKey(phrase) is not null) return false;
        if (persons is not null && persons.Contains(phrase)) return true;
        bool prepositionBefore = start > 0 && Prepositions.Contains(w[start - 1].Key) && !w[start - 1].Cap;
        // "Cuenca said" is the captain; "Kyiv said" is a government speaking through its capital's name.
        if (end < w.Count && OnlySpaceBetween(doc, w[end - 1].End, w[end].Start) && SpeechVerbs.Contains(w[end].Key) && !w[end].Cap
            && (end - start >= 2 || !prepositionBefore && !BigPlace(doc.Slice(new TextSpan(w[start].Start, w[end - 1].End))))) return true;
        if (end - start >= 2 && start > 0 && OnlySpaceBetween(doc, w[start - 1].End, w[start].Start) && SpeechVerbs.Contains(w[start - 1].Key)) return true;
        if (end < w.Count && doc.Text.AsSpan(w[end - 1].End, w[end].Start - w[end - 1].End).Trim().SequenceEqual(","))
        {
            // "Rida Lyammouri, a Sahel expert"; "Daphne Eviatar, director of ..."
            if (!w[end].Cap && _words.Is(w[end].Key, PlaceWordKind.Title)) return true;
            if (end - start >= 2 && !prepositionBefore && end + 1 < w.Count && w[end].Key is "a" or "an" && !w[end].Cap)
            {
                int k = end + 1;
                while (k < w.Count && k < end + 4 && (w[k].Cap || w[k].Key.Length > 0 && !IsCueWord(w[k].Key)) && !_words.Is(w[k].Key, PlaceWordKind.Title)) k++;
                if (k < w.Count && k < end + 4 && _words.Is(w[k].Key, PlaceWordKind.Title)) return true;
                if (!w[end + 1].Cap && !IsCueWord(w[end + 1].Key) && RoleNouns.Contains(LastNoun(w, end + 1))) return true;
            }
        }
        return false;
    }

    /// <summary>A capital or a city of 100,000 or more goes by this name: it speaks for its government.</summary>
    private bool BigPlace(string name) =>
        _gazetteer.IsKnownName(name) && _gazetteer.Lookup(name).Any(p => p.FeatureCode is "PPLC" or "ADM1" || p.FeatureClass == "P" && p.Population >= 100_000);

    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
        { "expert", "analyst", "researcher", "journalist", "resident", "witness", "official", "spokesman", "spokeswoman",
          "spokesperson", "commander", "leader", "chief", "lawmaker", "activist", "lawyer", "doctor", "nurse", "teacher",
          "farmer", "trader", "student", "professor", "director", "member", "officer", "soldier", "politician", "survivor",
          "father", "mother", "man", "woman", "elder", "cleric", "imam", "priest", "pastor", "correspondent", "fellow", "specialist" };

    /// <summary>The noun that ends a short description: "a Sahel expert" → "expert", "a local official" → "official".</summary>
    private static string LastNoun(List<Word> w, int from)
    {
        for (int k = from; k < w.Count && k < from + 4; k++)
            if (RoleNouns.Contains(w[k].Key)) return w[k].Key;
        return "";
    }

    private bool IsCueWord(string key) =>
        _words.Is(key, PlaceWordKind.CuePopulated) || _words.Is(key, PlaceWordKind.CueArea1) || _words.Is(key, PlaceWordKind.CueArea2)
        || _words.Value(key, PlaceWordKind.CueSite) is not null || _words.Is(key, PlaceWordKind.CueWater);

    private void ScanSentence(Document doc, Sentence sentence, List<Word> words, bool findPlaces, Dictionary<string, double> weights, List<Pending> pending, ScanState scan)
    {
        int orgEnd = -1;
        foreach (var (start, end) in Runs(doc, words))
        {
            // "Policy Centre for the New South": the words after an organisation's "for/of the" are its name too.
            bool orgTail = orgEnd >= 0 && start - orgEnd is >= 1 and <= 2 && words[orgEnd].Key is "for" or "of" or "on"
                           && (start - orgEnd == 1 || words[orgEnd + 1].Key == "the");
            if (orgTail) { CountriesOnly(doc, words, start, end, weights); orgEnd = end; continue; }
            orgEnd = ScanRun(doc, sentence, words, start, end, findPlaces, weights, pending, scan) ? end : -1;
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

    /// <summary>Scans one run; true when it is an organisation's name.</summary>
    private bool ScanRun(Document doc, Sentence sentence, List<Word> w, int start, int end, bool findPlaces,
        Dictionary<string, double> weights, List<Pending> pending, ScanState scan)
    {
        // "Kidal Mayor Arbakane Ag Abzayack": a title inside the run starts a person; the words before it are read alone.
        for (int t = start + 1; t < end - 1; t++)
            if (_words.Is(w[t].Key, PlaceWordKind.Title) && !Connectors.Contains(w[t].Key))
            {
                ScanRun(doc, sentence, w, start, t, findPlaces, weights, pending, scan);
                CountriesOnly(doc, w, t, end, weights);
                return false;
            }
        if (IsPerson(doc, w, start, end, scan.Persons))
        {
            CountriesOnly(doc, w, start, end, weights);
            return false;
        }
        // An organisation: the run ends with an organisation word ("Sudan Doctors Network"); a lone
        // organisation word ("the Council") is none either.
        if (_words.Is(w[end - 1].Key, PlaceWordKind.OrgHead) && (end - start >= 2 || !(end < w.Count && IsCueWord(w[end].Key))))
        {
            CountriesOnly(doc, w, start, end, weights);
            return true;
        }

        // "Kotka Mambati Barakzai area of Bannu": a run of two to four words, one of them known to no gazetteer,
        // followed by a settlement or district word, is one unknown name, not a namesake of one of its words.
        if (findPlaces && end - start is >= 2 and <= 4 && !_gazetteer.IsKnownName(doc.Slice(new TextSpan(w[start].Start, w[end - 1].End))))
        {
            bool someUnknown = false;
            for (int k = start; k < end && !someUnknown; k++)
                someUnknown = !Connectors.Contains(w[k].Key) && !_words.Is(w[k].Key, PlaceWordKind.Skip) && !_words.Is(w[k].Key, PlaceWordKind.Title)
                              && !_gazetteer.IsKnownName(doc.Slice(new TextSpan(w[k].Start, w[k].End)));
            if (someUnknown)
            {
                var cue = FindCue(doc, w, start, end, end, out var cueWord, out var cueSpan, out _, out bool near, out bool water);
                if (!water && cueSpan is { } ca && ca.Start >= w[end - 1].End && cue is PlaceCue.Populated or PlaceCue.Area2
                    && !InsideTownCues.Contains(cueWord ?? "") && !_words.Is(Phrase(w, start, end), PlaceWordKind.Skip))
                {
                    var phrase = Phrase(w, start, end);
                    pending.Add(new Pending(new TextSpan(w[start].Start, w[end - 1].End), phrase, new ResolutionContext { Cue = cue }, near, cueSpan));
                    scan.MarkedUnknown.Add(phrase);
                    return false;
                }
            }
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
                // "the village of X", "X village" where no gazetteer knows X: a place, left unknown; and the same
                // name again later in the article without its cue.
                if (findPlaces && i == start && end - start <= 3)
                {
                    var phrase = Phrase(w, start, end);
                    var cue = FindCue(doc, w, start, end, end, out var cueWord, out var cueSpan, out _, out bool near, out bool water);
                    bool before = cueSpan is { } cs && cs.End <= w[start].Start && cue is PlaceCue.Populated or PlaceCue.Site;
                    // After the name only a settlement or district word marks a place: "Machava village", "Nangade
                    // district". "Jamila market", "Sayidka checkpoint", "Sadr City suburb" name spots inside a town
                    // the article names anyway; as places of their own they would split one event into several.
                    bool after = cueSpan is { } ca && ca.Start >= w[end - 1].End && cue is PlaceCue.Populated or PlaceCue.Area2
                                 && !InsideTownCues.Contains(cueWord ?? "");
                    bool word = end - start > 1 || !(_words.Is(phrase, PlaceWordKind.Title) || _words.Is(phrase, PlaceWordKind.Given)
                                                   || _words.Is(phrase, PlaceWordKind.OrgHead) || AtSentenceStart(doc, sentence, w[start]) && after);
                    // "the region's Sabga": a name owned by an area word is a place inside that area.
                    bool owned = cueSpan is { } co && co.End <= w[start].Start && cue is PlaceCue.Area1 or PlaceCue.Area2
                                 && (doc.Text.AsSpan(co.End).StartsWith("'s") || doc.Text.AsSpan(co.End).StartsWith("’s"));
                    before |= owned;
                    bool again = scan.MarkedUnknown.Contains(phrase);
                    if (end - start == 1 && w[start].AllCaps) word = false; // "SSPDF base": an acronym names a force, not a place
                    if (!water && (before || after || again) && word && !_words.Is(phrase, PlaceWordKind.Skip)
                        && _catalog?.ByNameKey(phrase) is null && _catalog?.ByDemonymKey(phrase) is null)
                    {
                        pending.Add(new Pending(new TextSpan(w[start].Start, w[end - 1].End), phrase,
                            new ResolutionContext { Cue = cue }, near, cueSpan));
                        scan.MarkedUnknown.Add(phrase);
                        return false;
                    }
                }
                if (!Connectors.Contains(w[i].Key) && !_words.Is(w[i].Key, PlaceWordKind.Skip) && !_words.Is(w[i].Key, PlaceWordKind.Title))
                    unknownBefore = true;
                i++;
            }
        }
        return false;
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

        // Before: up to six words back, within the sentence and with no comma in between. For the second of
        // two names joined by "and" ("the villages of Koundjili and Djoumjoum"), the cue before the first.
        if (i >= 2 && w[i - 1].Key is "and" or "or" && w[i - 2].Cap && OnlySpaceBetween(doc, w[i - 2].End, w[i - 1].Start))
        {
            int head = i - 2;
            while (head > 0 && w[head - 1].Cap && OnlySpaceBetween(doc, w[head - 1].End, w[head].Start)) head--;
            i = head;
        }
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
        for (int k = a; k < b; k++) if (doc.Text[k] is ',' or ';' or ':' or '.' or '(' or ')' or '"' or '“' or '”' or '\n' or '-' or '–' or '—') return true;
        return false;
    }

    private static readonly string[] TrailingWords = [" of", " in", " at", " near", " outside", " from", " called", " named", " known as"];
    private static string StripTrailing(string phrase)
    {
        foreach (var t in TrailingWords)
            if (phrase.EndsWith(t, StringComparison.Ordinal)) return phrase[..^t.Length];
        return phrase;
    }

    private static readonly string[] LeadingWords = ["the ", "a ", "an ", "its ", "their "];

    private static string StripLeading(string phrase)
    {
        foreach (var l in LeadingWords)
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
