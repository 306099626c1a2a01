using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Geo;
using Sitrep.Language;
using Sitrep.Recognize.Patterns;

namespace Sitrep.Recognize.Actors;

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
        ["id", "name", "inter", "kind", "aliases", "contextAliases", "cues", "countries", "source", "note"];
    private static readonly string[] RequiredKeys = ["id", "name", "inter", "kind", "aliases", "countries", "source"];
    private static readonly HashSet<string> Inters =
        ["State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"];

    private readonly Dictionary<string, ActorEntry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, ActorKind), ActorEntry> _stateForces = new();
    private readonly Dictionary<string, string[]> _cues = new(StringComparer.Ordinal);

    internal PhraseMatcher<AliasTargets> Aliases { get; } = new();
    internal PhraseMatcher<string> Cues { get; } = new();
    internal PhraseMatcher<Country> CountryWords { get; } = new();

    public ICountryCatalog Countries { get; }
    public IReadOnlyCollection<ActorEntry> Entries => _byId.Values;

    private ActorCatalog(ICountryCatalog countries) => Countries = countries;

    /// <summary>Loads the embedded actor files. Throws <see cref="ActorDataException"/> naming file, line and key.</summary>
    public static ActorCatalog Load(ICountryCatalog countries) =>
        Load(countries, Files.Select(f => ("data/" + f, LanguageData.ReadText(f))));

    /// <summary>Loads actor files given as (name for messages, JSON-lines text).</summary>
    public static ActorCatalog Load(ICountryCatalog countries, IEnumerable<(string File, string Text)> files)
    {
        var catalog = new ActorCatalog(countries);
        var byPhrase = new Dictionary<string, AliasTargets>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, text) in files)
        {
            int lineNo = 0;
            foreach (var raw in text.Split('\n'))
            {
                lineNo++;
                var line = raw.Trim();
                if (line.Length == 0) continue;
                var (entry, aliases, contextAliases, cues) = ParseLine(file, lineNo, line);
                if (!catalog._byId.TryAdd(entry.Id, entry))
                    throw new ActorDataException(file, lineNo, "id", $"the id '{entry.Id}' is used twice");
                if (entry.Kind is ActorKind.StateMilitary or ActorKind.StatePolice && !entry.IsGeneric && entry.Countries.Count == 1)
                    catalog._stateForces.TryAdd((entry.Countries[0], entry.Kind), entry);
                foreach (var a in aliases.SelectMany(Variants)) Targets(byPhrase, a).Plain.Add(entry);
                foreach (var a in contextAliases.SelectMany(Variants)) Targets(byPhrase, a).Context.Add(entry);
                if (cues.Length > 0)
                {
                    catalog._cues[entry.Id] = cues;
                    foreach (var c in cues) catalog.Cues.Add(c, entry.Id);
                }
            }
        }
        foreach (var (phrase, targets) in byPhrase)
        {
            // One entry owning a phrase twice (variants) is kept once.
            Dedupe(targets.Plain);
            Dedupe(targets.Context);
            catalog.Aliases.Add(phrase, targets);
        }
        foreach (var c in countries.All)
            foreach (var name in c.OtherNames.Prepend(c.Name).Concat(c.Demonyms).Distinct())
                catalog.CountryWords.Add(name, c);
        return catalog;
    }

    public ActorEntry? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The named state force of a country ("Military Forces of Mali"), if the data lists it.</summary>
    public ActorEntry? StateForce(string iso2, ActorKind kind) => _stateForces.GetValueOrDefault((iso2, kind));

    /// <summary>The generic entry of a kind ("Military Forces of {country}", "Civilians ({country})"), used when the
    /// victims are described but not named ("60 soldiers").</summary>
    public ActorEntry? Generic(ActorKind kind) => _byId.Values.FirstOrDefault(e => e.IsGeneric && e.Kind == kind);

    internal IReadOnlyList<string> CuesOf(string id) => _cues.GetValueOrDefault(id) ?? [];

    private static void Dedupe(List<ActorEntry> list)
    {
        var seen = new HashSet<string>();
        list.RemoveAll(e => !seen.Add(e.Id));
    }

    private static AliasTargets Targets(Dictionary<string, AliasTargets> map, string phrase)
    {
        var key = string.Join(' ', PhraseMatcher<AliasTargets>.TokenizePhrase(phrase));
        if (!map.TryGetValue(key, out var t)) map[key] = t = new AliasTargets();
        return t;
    }

    /// <summary>Spelling variants written the same by reporters: "al-Shabaab" / "al Shabaab", "Al Qaeda" / "Al-Qaeda".</summary>
    private static IEnumerable<string> Variants(string alias)
    {
        yield return alias;
        if (Regex.IsMatch(alias, @"\p{L}-\p{L}")) yield return Regex.Replace(alias, @"(?<=\p{L})-(?=\p{L})", " ");
        if (Regex.IsMatch(alias, @"\b[Aa]l [A-Z]")) yield return Regex.Replace(alias, @"\b([Aa]l) (?=[A-Z])", "$1-");
    }

    private static (ActorEntry, string[], string[], string[]) ParseLine(string file, int lineNo, string line)
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
            var entry = new ActorEntry(id, Str("name"), inter, kind, countries);
            return (entry, Arr("aliases"), Arr("contextAliases"), Arr("cues"));
        }
    }
}
