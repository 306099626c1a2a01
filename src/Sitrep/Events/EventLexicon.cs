using Sitrep.Language;
using Sitrep.Segment;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// The event vocabulary (data/lang/en/events.json) compiled into phrase tables keyed by their first word,
/// so matching costs one dictionary look-up per token.
/// </summary>
internal sealed class EventLexicon
{
    public required PhraseTable<TriggerFamily> Triggers { get; init; }
    public required PhraseTable<string> Separators { get; init; }
    public required PhraseTable<string> Anaphora { get; init; }
    public required PhraseTable<Modality> ModalityCues { get; init; }
    /// <summary>Words that undo the trigger right after them ("made no arrests", "without casualties").</summary>
    public required HashSet<string> LocalNegation { get; init; }
    /// <summary>Words before a place that make it where a source speaks from, not where the event was ("headquarters in").</summary>
    public required string[] SourcePlaceBefore { get; init; }
    /// <summary>Words after a place that make it part of a source's title ("a Kaduna police spokesman said").</summary>
    public required string[] SourceAfterPlace { get; init; }
    /// <summary>Verbs that make "to PLACE" a destination ("airlifted to Nairobi"), not the event's place.</summary>
    public required HashSet<string> MotionVerbs { get; init; }
    /// <summary>What civilians own ("a house, a vehicle and a sheep pen"): burning it targets them.</summary>
    public required PhraseTable<string> CivilianProperty { get; init; }

    public static EventLexicon Load()
    {
        var lists = LanguageData.ReadLists("lang/en/events.json");
        using var doc = LanguageData.ReadJson("lang/en/events.json");
        var triggers = new PhraseTable<TriggerFamily>();
        foreach (var f in doc.RootElement.GetProperty("triggers").EnumerateObject())
        {
            var family = Enum.Parse<TriggerFamily>(f.Name, ignoreCase: true);
            foreach (var w in f.Value.EnumerateArray()) triggers.Add(w.GetString()!, family);
        }
        var sep = new PhraseTable<string>();
        foreach (var w in lists["separators"]) sep.Add(w, w);
        var ana = new PhraseTable<string>();
        foreach (var w in lists["anaphora"]) ana.Add(w, w);
        var cues = new PhraseTable<Modality>();
        foreach (var w in lists["background"]) cues.Add(w, Modality.Background);
        foreach (var w in lists["modal"]) cues.Add(w, Modality.Hypothetical);
        foreach (var w in lists["negation"]) cues.Add(w, Modality.Negated);
        foreach (var w in lists["reports_of"]) cues.Add(w, Modality.ReportOnly);
        foreach (var w in lists["summary"]) cues.Add(w, Modality.Summary);
        return new EventLexicon { Triggers = triggers, Separators = sep, Anaphora = ana, ModalityCues = cues,
            LocalNegation = new HashSet<string>(lists["local_negation"], StringComparer.OrdinalIgnoreCase),
            SourcePlaceBefore = lists["source_place_before"],
            SourceAfterPlace = lists["source_after_place"].OrderByDescending(w => w.Length).ToArray(),
            MotionVerbs = new HashSet<string>(lists["motion_verbs"], StringComparer.OrdinalIgnoreCase),
            CivilianProperty = Table(lists["civilian_property"]) };
    }

    private static PhraseTable<string> Table(IEnumerable<string> words)
    {
        var t = new PhraseTable<string>();
        foreach (var w in words) t.Add(w, w);
        return t;
    }

    private static EventLexicon? _default;
    public static EventLexicon Default => _default ??= Load();
}

/// <summary>
/// Phrases (sequences of lower-cased word tokens) mapped to values; a phrase may have several values
/// ("set fire" is both riot and destruction). Matching is on token boundaries, longest first.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public void Add(string phrase, T value)
    {
        var words = Words(phrase);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = new();
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>Every match in the tokens [first, end) of the document: (first token, token count, value).</summary>
    public IEnumerable<(int Token, int Length, T Value)> Matches(Document doc, int first, int end)
    {
        // Each token is lower-cased into a reused buffer and looked up as a span: no string per token.
        var buffer = new char[64];
        for (int i = first; i < end; i++)
        {
            if (!TryList(doc, i, ref buffer, out var list)) continue;
            int longest = 0;
            foreach (var (words, value) in list)
            {
                if (longest > words.Length) break;
                if (i + words.Length > end) continue;
                bool ok = true;
                for (int k = 1; k < words.Length && ok; k++) ok = Lower(doc, i + k, ref buffer).SequenceEqual(words[k]);
                if (!ok) continue;
                longest = words.Length;
                yield return (i, words.Length, value);
            }
            if (longest > 1) i += longest - 1;
        }
    }

    private bool TryList(Document doc, int token, ref char[] buffer, out List<(string[] Words, T Value)> list) =>
        _byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Lower(doc, token, ref buffer), out list!);

    /// <summary>The token lower-cased (invariant) with ’ as ', as the phrases are stored; valid until the next call.</summary>
    private static ReadOnlySpan<char> Lower(Document doc, int token, ref char[] buffer)
    {
        var span = doc.Tokens[token].Span;
        var src = doc.Text.AsSpan(span.Start, span.Length);
        if (buffer.Length < src.Length) buffer = new char[Math.Max(src.Length, buffer.Length * 2)];
        int n = src.ToLowerInvariant(buffer);
        var lower = buffer.AsSpan(0, n);
        lower.Replace('’', '\'');
        return lower;
    }

    private static string[] Words(string phrase)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length), tokens);
        return tokens.Select(t => phrase.Substring(t.Start, t.Span.Length).ToLowerInvariant().Replace('’', '\'')).ToArray();
    }
}
