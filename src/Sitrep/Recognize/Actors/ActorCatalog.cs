using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Geo;
using Sitrep.Language;
using Sitrep.Recognize.Patterns;

namespace Sitrep.Recognize.Actors;

/// <summary>What one phrase of the actor vocabulary is: an actor's alias, a country's name or demonym, a cue
/// for context aliases, or several of these. One matcher holds them all, so a sentence is scanned once.</summary>
internal sealed class ActorWord
{
    public AliasTargets? Targets { get; set; }
    public Country? Country { get; set; }
    public List<string>? CueOf { get; set; }
}

/// <summary>The actors who may answer one phrase: those who own it everywhere, and those who own it only in
/// a story about one of their countries or with one of their cues ("al-Shabaab" in Mozambique).</summary>
internal sealed class AliasTargets
{
    public List<ActorEntry> Plain { get; } = new(1);
    public List<ActorEntry> Context { get; } = new(0);
}

/// <summary>
/// The actor vocabulary: named armed groups, state forces and generic agents, loaded from
/// data/actors/{groups,state-forces,generic}.jsonl (validated line by line against
/// data/schemas/actors.schema.json's rules), with one phrase matcher over every alias, built once.
/// Immutable after loading and thread-safe.
/// </summary>
public sealed class ActorCatalog
{
    public static readonly string[] Files = ["actors/groups.jsonl", "actors/state-forces.jsonl", "actors/generic.jsonl"];

    private static readonly HashSet<string> AllowedKeys =
        ["id", "name", "inter", "kind", "aliases", "contextAliases", "cues", "countries", "requiresCountry", "source", "note"];
    private static readonly string[] RequiredKeys = ["id", "name", "inter", "kind", "aliases", "countries", "source"];
    private static readonly HashSet<string> Inters =
        ["State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"];

    private readonly Dictionary<string, ActorEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, ActorKind), ActorEntry> _stateForces = new();
    private readonly Dictionary<string, string[]> _cues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _requiresCountry = new(StringComparer.Ordinal);

    /// <summary>Every alias, country word and cue, keyed on the first token.</summary>
    internal PhraseMatcher<ActorWord> Words { get; } = new();

    public ICountryCatalog Countries { get; }
    public IReadOnlyCollection<ActorEntry> Entries => _byId.Values;

    private ActorCatalog(ICountryCatalog countries) => Countries = countries;

    private static readonly Lazy<ActorCatalog> DefaultCatalog = new(() => Load(CountryCatalog.Default));
    /// <summary>The embedded actor files over the embedded country catalog, loaded once.</summary>
    public static ActorCatalog Default => DefaultCatalog.Value;

    /// <summary>Loads the embedded actor files. Throws <see cref="ActorDataException"/> naming file, line and key.</summary>
    public static ActorCatalog Load(ICountryCatalog countries) =>
        Load(countries, Files.Select(f => ("data/" + f, LanguageData.ReadText(f))));

    /// <summary>Loads actor files given as (name for messages, JSON-lines text).</summary>
    public static ActorCatalog Load(ICountryCatalog countries, IEnumerable<(string File, string Text)> files)
    {
        var catalog = new ActorCatalog(countries);
        var byPhrase = new Dictionary<string, (string Phrase, ActorWord Word)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, text) in files)
        {
            int lineNo = 0;
            foreach (var raw in text.Split('\n'))
            {
                lineNo++;
                var line = raw.Trim();
                if (line.Length == 0) continue;
                var (entry, aliases, contextAliases, cues, requiresCountry) = ParseLine(file, lineNo, line);
                if (requiresCountry) catalog._requiresCountry.Add(entry.Id);
                if (!catalog._byId.TryAdd(entry.Id, entry))
                    throw new ActorDataException(file, lineNo, "id", $"the id '{entry.Id}' is used twice");
                if (entry.Kind is ActorKind.StateMilitary or ActorKind.StatePolice && !entry.IsGeneric && entry.Countries.Count == 1)
                    catalog._stateForces.TryAdd((entry.Countries[0], entry.Kind), entry);
                foreach (var a in aliases.SelectMany(Variants)) Targets(byPhrase, a).Plain.Add(entry);
                foreach (var a in contextAliases.SelectMany(Variants)) Targets(byPhrase, a).Context.Add(entry);
                if (cues.Length > 0)
                {
                    catalog._cues[entry.Id] = cues;
                    foreach (var c in cues) (Word(byPhrase, c).CueOf ??= new()).Add(entry.Id);
                }
            }
        }
        foreach (var c in countries.All)
            foreach (var name in c.OtherNames.Prepend(c.Name).Concat(c.Demonyms).Distinct())
                Word(byPhrase, name).Country ??= c;     // the first country to claim a name keeps it
        foreach (var (phrase, word) in byPhrase.Values)
        {
            // One entry owning a phrase twice (variants) is kept once.
            if (word.Targets is { } t) { Dedupe(t.Plain); Dedupe(t.Context); }
            catalog.Words.Add(phrase, word);
        }
        return catalog;
    }

    public ActorEntry? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The named state force of a country ("Military Forces of Mali"), if the data lists it.</summary>
    public ActorEntry? StateForce(string iso2, ActorKind kind) => _stateForces.GetValueOrDefault((iso2, kind));

    /// <summary>The generic entry of a kind ("Military Forces of {country}", "Civilians ({country})"), used when the
    /// victims are described but not named ("60 soldiers").</summary>
    public ActorEntry? Generic(ActorKind kind) => _byId.Values.FirstOrDefault(e => e.IsGeneric && e.Kind == kind);

    internal IReadOnlyList<string> CuesOf(string id) => _cues.GetValueOrDefault(id) ?? [];

    /// <summary>A generic entry that is a mention only with a country word before it ("Russian shelling").</summary>
    internal bool RequiresCountry(ActorEntry e) => _requiresCountry.Contains(e.Id);

    private static void Dedupe(List<ActorEntry> list)
    {
        var seen = new HashSet<string>();
        list.RemoveAll(e => !seen.Add(e.Id));
    }

    private static AliasTargets Targets(Dictionary<string, (string, ActorWord)> map, string phrase) =>
        Word(map, phrase).Targets ??= new AliasTargets();

    private static ActorWord Word(Dictionary<string, (string Phrase, ActorWord Word)> map, string phrase)
    {
        // Keyed on the tokens, so "the army" and "army" are one phrase. Case-sensitive phrases ("CAR", "US")
        // and their lower-case namesakes stay apart (the key marks acronym tokens).
        var tokens = PhraseMatcher<ActorWord>.TokenizePhrase(phrase);
        var key = string.Join(' ', tokens.Select(t => PhraseMatcher<ActorWord>.IsAcronym(t) ? "^" + t : t));
        if (!map.TryGetValue(key, out var entry)) map[key] = entry = (phrase, new ActorWord());
        return entry.Word;
    }

    /// <summary>Spelling variants written the same by reporters: "al-Shabaab" / "al Shabaab", "Al Qaeda" / "Al-Qaeda".</summary>
    private static IEnumerable<string> Variants(string alias)
    {
        yield return alias;
        if (Regex.IsMatch(alias, @"\p{L}-\p{L}")) yield return Regex.Replace(alias, @"(?<=\p{L})-(?=\p{L})", " ");
        if (Regex.IsMatch(alias, @"\b[Aa]l [A-Z]")) yield return Regex.Replace(alias, @"\b([Aa]l) (?=[A-Z])", "$1-");
    }

    private static (ActorEntry, string[], string[], string[], bool) ParseLine(string file, int lineNo, string line)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { throw new ActorDataException(file, lineNo, null, "not valid JSON: " + e.Message); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new ActorDataException(file, lineNo, null, "a line must be one JSON object");
            foreach (var p in root.EnumerateObject())
                if (!AllowedKeys.Contains(p.Name)) throw new ActorDataException(file, lineNo, p.Name, "unknown key");
            foreach (var k in RequiredKeys)
                if (!root.TryGetProperty(k, out _)) throw new ActorDataException(file, lineNo, k, "missing");

            string Str(string key)
            {
                var v = root.GetProperty(key);
                if (v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
                    throw new ActorDataException(file, lineNo, key, "must be a non-empty string");
                return v.GetString()!;
            }
            string[] Arr(string key)
            {
                if (!root.TryGetProperty(key, out var v)) return [];
                if (v.ValueKind != JsonValueKind.Array) throw new ActorDataException(file, lineNo, key, "must be an array of strings");
                var list = new List<string>();
                foreach (var e in v.EnumerateArray())
                {
                    if (e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString()))
                        throw new ActorDataException(file, lineNo, key, "must hold only non-empty strings");
                    list.Add(e.GetString()!);
                }
                return list.ToArray();
            }

            var id = Str("id");
            if (!Regex.IsMatch(id, "^[a-z0-9][a-z0-9-]*$")) throw new ActorDataException(file, lineNo, "id", $"'{id}' is not lower-case letters, digits and hyphens");
            var inter = Str("inter");
            if (!Inters.Contains(inter)) throw new ActorDataException(file, lineNo, "inter", $"'{inter}' is not an ACLED inter category");
            var kindText = Str("kind");
            if (!Enum.TryParse<ActorKind>(kindText, ignoreCase: false, out var kind) || int.TryParse(kindText, out _))
                throw new ActorDataException(file, lineNo, "kind", $"'{kindText}' is not an actor kind");
            Str("source");
            if (root.TryGetProperty("note", out _)) Str("note");
            var countries = Arr("countries");
            foreach (var c in countries)
                if (!Regex.IsMatch(c, "^[A-Z]{2}$")) throw new ActorDataException(file, lineNo, "countries", $"'{c}' is not an ISO 3166-1 alpha-2 code");
            bool requiresCountry = false;
            if (root.TryGetProperty("requiresCountry", out var rc))
            {
                if (rc.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw new ActorDataException(file, lineNo, "requiresCountry", "must be true or false");
                requiresCountry = rc.GetBoolean();
            }
            var entry = new ActorEntry(id, Str("name"), inter, kind, countries);
            return (entry, Arr("aliases"), Arr("contextAliases"), Arr("cues"), requiresCountry);
        }
    }
}
