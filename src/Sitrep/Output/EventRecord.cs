using System.Text.Json.Serialization;

namespace Sitrep.Output;

/// <summary>
/// One coded event in ACLED's columns, plus what ACLED's columns cannot hold: the low and high counts
/// behind <see cref="Fatalities"/>, the wounded and captured, every source's claim, and the evidence
/// span for every filled field. Text fields the article does not support are empty, never guessed.
/// </summary>
public sealed record EventRecord
{
    [JsonPropertyName("event_id_cnty")] public string EventIdCnty { get; init; } = "";
    [JsonPropertyName("event_date")] public string EventDate { get; init; } = "";
    [JsonPropertyName("year")] public int? Year { get; init; }
    /// <summary>1 = day known, 2 = week, 3 = month (ACLED); 0 when unresolved.</summary>
    [JsonPropertyName("time_precision")] public int TimePrecision { get; init; }
    [JsonPropertyName("disorder_type")] public string DisorderType { get; init; } = "";
    [JsonPropertyName("event_type")] public string EventType { get; init; } = "";
    [JsonPropertyName("sub_event_type")] public string SubEventType { get; init; } = "";
    [JsonPropertyName("actor1")] public string Actor1 { get; init; } = "";
    [JsonPropertyName("assoc_actor_1")] public string AssocActor1 { get; init; } = "";
    [JsonPropertyName("inter1")] public string Inter1 { get; init; } = "";
    [JsonPropertyName("actor2")] public string Actor2 { get; init; } = "";
    [JsonPropertyName("assoc_actor_2")] public string AssocActor2 { get; init; } = "";
    [JsonPropertyName("inter2")] public string Inter2 { get; init; } = "";
    [JsonPropertyName("interaction")] public string Interaction { get; init; } = "";
    [JsonPropertyName("civilian_targeting")] public string CivilianTargeting { get; init; } = "";
    [JsonPropertyName("iso")] public int? Iso { get; init; }
    [JsonPropertyName("region")] public string Region { get; init; } = "";
    [JsonPropertyName("country")] public string Country { get; init; } = "";
    [JsonPropertyName("admin1")] public string Admin1 { get; init; } = "";
    [JsonPropertyName("admin2")] public string Admin2 { get; init; } = "";
    [JsonPropertyName("admin3")] public string Admin3 { get; init; } = "";
    [JsonPropertyName("location")] public string Location { get; init; } = "";
    [JsonPropertyName("latitude")] public double? Latitude { get; init; }
    [JsonPropertyName("longitude")] public double? Longitude { get; init; }
    /// <summary>1 = the place itself, 2 = near it / part of a region, 3 = only the region; 0 when unknown.</summary>
    [JsonPropertyName("geo_precision")] public int GeoPrecision { get; init; }
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("source_scale")] public string SourceScale { get; init; } = "";
    [JsonPropertyName("notes")] public string Notes { get; init; } = "";
    /// <summary>ACLED's column: the most conservative credible figure, all sides summed; 0 when unknown.</summary>
    [JsonPropertyName("fatalities")] public int Fatalities { get; init; }
    [JsonPropertyName("fatalities_low")] public int? FatalitiesLow { get; init; }
    [JsonPropertyName("fatalities_high")] public int? FatalitiesHigh { get; init; }
    [JsonPropertyName("wounded")] public int? Wounded { get; init; }
    [JsonPropertyName("captured")] public CountRange? Captured { get; init; }
    [JsonPropertyName("tags")] public string Tags { get; init; } = "";
    [JsonPropertyName("claims")] public IReadOnlyList<Claim> Claims { get; init; } = [];
    [JsonPropertyName("evidence")] public IReadOnlyDictionary<string, IReadOnlyList<Evidence>> Evidence { get; init; } =
        new Dictionary<string, IReadOnlyList<Evidence>>();
    /// <summary>Ids of the articles this event was coded from (one when coded from a single article).</summary>
    [JsonPropertyName("articles")] public IReadOnlyList<string> Articles { get; init; } = [];
}

/// <summary>A count known only between bounds; High is null when the text gives no upper bound.</summary>
public sealed record CountRange([property: JsonPropertyName("low")] int Low, [property: JsonPropertyName("high")] int? High);

/// <summary>Who says what about an event, with the sentence that says it.</summary>
public sealed record Claim(
    [property: JsonPropertyName("by")] string By,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("says")] string Says,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("article")] string Article = "");

/// <summary>The span of text that supports a field: character offsets (UTF-16, half-open) and the text.</summary>
public sealed record Evidence(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("article")] string Article = "");
