namespace Sitrep.Output;

/// <summary>ACLED's export columns in their order (from ACLED's public codebook), then Sitrep's own.</summary>
public static class AcledColumns
{
    public static readonly string[] Export =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>The value of one ACLED column for an event, as ACLED writes it.</summary>
    public static string Value(EventRecord e, string column, long timestamp = 0) => column switch
    {
        "event_id_cnty" => e.EventIdCnty,
        "event_date" => e.EventDate,
        "year" => e.Year?.ToString() ?? "",
        "time_precision" => e.TimePrecision == 0 ? "" : e.TimePrecision.ToString(),
        "disorder_type" => e.DisorderType,
        "event_type" => e.EventType,
        "sub_event_type" => e.SubEventType,
        "actor1" => e.Actor1,
        "assoc_actor_1" => e.AssocActor1,
        "inter1" => e.Inter1,
        "actor2" => e.Actor2,
        "assoc_actor_2" => e.AssocActor2,
        "inter2" => e.Inter2,
        "interaction" => e.Interaction,
        "civilian_targeting" => e.CivilianTargeting,
        "iso" => e.Iso?.ToString() ?? "",
        "region" => e.Region,
        "country" => e.Country,
        "admin1" => e.Admin1,
        "admin2" => e.Admin2,
        "admin3" => e.Admin3,
        "location" => e.Location,
        "latitude" => e.Latitude?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        "longitude" => e.Longitude?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        "geo_precision" => e.GeoPrecision == 0 ? "" : e.GeoPrecision.ToString(),
        "source" => e.Source,
        "source_scale" => e.SourceScale,
        "notes" => e.Notes,
        "fatalities" => e.Fatalities.ToString(),
        "tags" => e.Tags,
        "timestamp" => timestamp == 0 ? "" : timestamp.ToString(),
        _ => throw new ArgumentException($"Unknown ACLED column '{column}'.", nameof(column)),
    };
}
