using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Sitrep.Output;

namespace Sitrep.Store;

/// <summary>
/// The fields of an <see cref="EventRecord"/> an analyst may correct, by their JSON (ACLED column) names,
/// read and written as text. Only plain values: claims, evidence and article lists are the coder's record
/// of what the text says and are not edited by hand.
/// </summary>
public static class RecordFields
{
    private static readonly Dictionary<string, PropertyInfo> Properties = typeof(EventRecord).GetProperties()
        .Where(p => p.PropertyType == typeof(string) || p.PropertyType == typeof(int) || p.PropertyType == typeof(int?) || p.PropertyType == typeof(double?))
        .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, StringComparer.Ordinal);

    /// <summary>Every correctable field name, in the record's order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Properties.Keys];

    public static bool IsKnown(string field) => Properties.ContainsKey(field);

    /// <summary>The field's value as text ("" for an empty or unknown value).</summary>
    public static string Get(EventRecord e, string field) => Properties[field].GetValue(e) switch
    {
        null => "",
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    /// <summary>The record with one field set from text; throws <see cref="StoreException"/> when the text does not fit the field.</summary>
    public static EventRecord Set(EventRecord e, string field, string value)
    {
        if (!Properties.TryGetValue(field, out var p))
            throw new StoreException($"'{field}' is not a field that can be corrected (fields: {string.Join(", ", Names)}).");
        value = value.Trim();
        JsonNode? node;
        var t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
        bool nullable = p.PropertyType != t || t == typeof(string);
        if (t == typeof(string)) node = JsonValue.Create(value);
        else if (value.Length == 0 && nullable) node = null;
        else if (t == typeof(int))
        {
            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) || i < 0 && field.StartsWith("fatalities", StringComparison.Ordinal))
                throw new StoreException($"{field} must be a whole number{(field.StartsWith("fatalities", StringComparison.Ordinal) ? " of at least 0" : "")}, got '{value}'.");
            node = JsonValue.Create(i);
        }
        else
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d)
                || field == "latitude" && d is < -90 or > 90 || field == "longitude" && d is < -180 or > 180)
                throw new StoreException($"{field} must be a number{(field is "latitude" ? " from -90 to 90" : field is "longitude" ? " from -180 to 180" : "")}, got '{value}'.");
            node = JsonValue.Create(d);
        }
        if (field == "event_date" && value.Length > 0 && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new StoreException($"event_date must be a date as YYYY-MM-DD, got '{value}'.");
        var o = JsonSerializer.SerializeToNode(e)!.AsObject();
        o[field] = node;
        return o.Deserialize<EventRecord>()!;
    }
}
