using System.Text.Json;
using Sitrep.Language;
using Sitrep.Recognize.Patterns;

namespace Sitrep.Recognize.Attributions;

/// <summary>The attribution vocabulary of data/lang/en/sources.json, compiled once; immutable and thread-safe.</summary>
public sealed class AttributionLexicon
{
    private static readonly Lazy<AttributionLexicon> DefaultLexicon = new(() => Load("lang/en/sources.json"));
    public static AttributionLexicon Default => DefaultLexicon.Value;

    internal PhraseMatcher<SourceKind> Kinds { get; } = new();
    internal PhraseMatcher<bool> Anonymity { get; } = new();
    internal Dictionary<string, AttributionType> Verbs { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal HashSet<string> ClaimObjects { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal HashSet<string> AnonymousHeads { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal HashSet<string> Anaphora { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal HashSet<string> Determiners { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal HashSet<string> SkipBeforeVerb { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal HashSet<string> StopWords { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal HashSet<string> AdjectivesInEd { get; } = new(StringComparer.OrdinalIgnoreCase);

    private AttributionLexicon() { }

    /// <summary>Set lookups on spans, so that scanning tokens allocates nothing.</summary>
    internal static bool Has(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    internal bool TryVerb(ReadOnlySpan<char> word, out AttributionType type) =>
        Verbs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out type);

    internal static AttributionLexicon Load(string path)
    {
        var lex = new AttributionLexicon();
        using var doc = LanguageData.ReadJson(path);
        var root = doc.RootElement;
        foreach (var k in root.GetProperty("kinds").EnumerateObject())
        {
            if (!Enum.TryParse<SourceKind>(k.Name, out var kind))
                throw new InvalidOperationException($"data/{path}: key 'kinds.{k.Name}' is not a source kind");
            foreach (var phrase in Strings(k.Value)) lex.Kinds.Add(phrase, kind);
        }
        foreach (var v in root.GetProperty("verbs").EnumerateObject())
        {
            if (!Enum.TryParse<AttributionType>(v.Name, out var type))
                throw new InvalidOperationException($"data/{path}: key 'verbs.{v.Name}' is not an attribution type");
            foreach (var w in Strings(v.Value)) lex.Verbs[w] = type;
        }
        foreach (var p in Strings(root.GetProperty("anonymity"))) lex.Anonymity.Add(p, true);
        Fill(lex.ClaimObjects, root, "claimObjects");
        Fill(lex.AnonymousHeads, root, "anonymousHeads");
        Fill(lex.Anaphora, root, "anaphora");
        Fill(lex.Determiners, root, "determiners");
        Fill(lex.SkipBeforeVerb, root, "skipBeforeVerb");
        Fill(lex.StopWords, root, "stopWords");
        Fill(lex.AdjectivesInEd, root, "adjectivesInEd");
        return lex;
    }

    private static void Fill(HashSet<string> set, JsonElement root, string key)
    {
        foreach (var s in Strings(root.GetProperty(key))) set.Add(s);
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? "");
}
