using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;

namespace Sitrep.Output;

/// <summary>Writes events as JSON (<c>{"events": [...]}</c>), ACLED-ordered CSV, or GeoJSON (RFC 7946).</summary>
public static class EventWriters
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Write(string format, IReadOnlyList<EventRecord> events, TextWriter output)
    {
        switch (format)
        {
            case "json": WriteJson(events, output); break;
            case "csv": WriteCsv(events, output); break;
            case "geojson": WriteGeoJson(events, output); break;
            case "table": TableFallback(events, output); break;
            default: throw new ArgumentException($"Unknown format '{format}'.", nameof(format));
        }
    }

    public static void WriteJson(IReadOnlyList<EventRecord> events, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(new { events }, Json));
    }

    /// <summary>ACLED's header and column order; dates as yyyy-MM-dd, as ACLED's exports write them.</summary>
    public static void WriteCsv(IReadOnlyList<EventRecord> events, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        csv.WriteRecord(AcledColumns.Export);
        foreach (var e in events)
            csv.WriteRecord(AcledColumns.Export.Select(c => AcledColumns.Value(e, c)).ToArray());
        csv.Flush();
    }

    /// <summary>One Point feature per event with coordinates; events with no place are left out of the map.</summary>
    public static void WriteGeoJson(IReadOnlyList<EventRecord> events, TextWriter output)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var e in events)
            {
                if (e.Latitude is not { } lat || e.Longitude is not { } lon) continue;
                WritePointFeatureStart(w, lat, lon);
                w.WriteStartObject("properties");
                foreach (var c in AcledColumns.Export)
                {
                    if (c is "latitude" or "longitude" or "timestamp") continue;
                    w.WriteString(c, AcledColumns.Value(e, c));
                }
                w.WriteNumber("fatalities_low", e.FatalitiesLow ?? 0);
                if (e.FatalitiesHigh is { } hi) w.WriteNumber("fatalities_high", hi); else w.WriteNull("fatalities_high");
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }

    /// <summary>
    /// Opens an RFC 7946 Point feature (longitude first, 5 decimals ≈ 1 m) and writes its type, id and geometry;
    /// the caller writes "properties" and closes the object.
    /// </summary>
    public static void WritePointFeatureStart(Utf8JsonWriter w, double latitude, double longitude, long? id = null)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        if (id is { } i) w.WriteNumber("id", i);
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(Math.Round(longitude, 5));
        w.WriteNumberValue(Math.Round(latitude, 5));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void TableFallback(IReadOnlyList<EventRecord> events, TextWriter output)
    {
        foreach (var e in events)
            output.WriteLine($"{e.EventDate}\t{e.SubEventType}\t{e.Actor1}\t{e.Actor2}\t{e.Location}, {e.Country}\t{e.Fatalities}");
    }
}
