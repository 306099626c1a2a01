namespace Sitrep.Classify;

/// <summary>ACLED's event types and sub-event types (from ACLED's public codebook), and the disorder type of each.</summary>
public static class EventTypes
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string Vac = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string Strategic = "Strategic developments";

    /// <summary>Every sub-event type with its event type, in the codebook's order.</summary>
    public static readonly IReadOnlyDictionary<string, string> EventTypeOf = new Dictionary<string, string>
    {
        ["Armed clash"] = Battles,
        ["Government regains territory"] = Battles,
        ["Non-state actor overtakes territory"] = Battles,
        ["Chemical weapon"] = Explosions,
        ["Air/drone strike"] = Explosions,
        ["Suicide bomb"] = Explosions,
        ["Shelling/artillery/missile attack"] = Explosions,
        ["Remote explosive/landmine/IED"] = Explosions,
        ["Grenade"] = Explosions,
        ["Sexual violence"] = Vac,
        ["Attack"] = Vac,
        ["Abduction/forced disappearance"] = Vac,
        ["Peaceful protest"] = Protests,
        ["Protest with intervention"] = Protests,
        ["Excessive force against protesters"] = Protests,
        ["Violent demonstration"] = Riots,
        ["Mob violence"] = Riots,
        ["Agreement"] = Strategic,
        ["Arrests"] = Strategic,
        ["Change to group/activity"] = Strategic,
        ["Disrupted weapons use"] = Strategic,
        ["Headquarters or base established"] = Strategic,
        ["Looting/property destruction"] = Strategic,
        ["Non-violent transfer of territory"] = Strategic,
        ["Other"] = Strategic,
    };

    /// <summary>ACLED's disorder type for a sub-event type.</summary>
    public static string DisorderOf(string subEventType) => subEventType switch
    {
        "Excessive force against protesters" => "Political violence; Demonstrations",
        "Violent demonstration" => "Political violence; Demonstrations",
        "Peaceful protest" or "Protest with intervention" => "Demonstrations",
        _ when EventTypeOf.TryGetValue(subEventType, out var t) && t == Strategic => "Strategic developments",
        _ => "Political violence",
    };
}

/// <summary>ACLED's actor kinds (inter codes) in their code order, and how two join into an interaction.</summary>
public static class Inter
{
    public static readonly string[] Order =
        ["State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"];

    /// <summary>"State forces-Rebel group" (the lower code first), or "Protesters only" for a lone actor.</summary>
    public static string Interaction(string inter1, string inter2)
    {
        if (inter1.Length == 0) return "";
        if (inter2.Length == 0) return inter1 + " only";
        int a = Array.IndexOf(Order, inter1), b = Array.IndexOf(Order, inter2);
        return a <= b ? $"{inter1}-{inter2}" : $"{inter2}-{inter1}";
    }
}
