using Sitrep.Language;

namespace Sitrep.Segment;

/// <summary>The word lists the layout analyzer uses to set page furniture aside (data/lang/en/layout.json).</summary>
internal sealed class LayoutLexicon
{
    public required HashSet<string> FurnitureLines { get; init; }
    public required string[] FurniturePrefixes { get; init; }
    public required string[] CaptionMarkers { get; init; }
    public required string[] BylinePrefixes { get; init; }
    public required string[] DateLineWords { get; init; }
    public required HashSet<string> Abbreviations { get; init; }
    public required Dictionary<string, HashSet<string>> LanguageWords { get; init; }

    public static LayoutLexicon Load()
    {
        var layout = LanguageData.ReadLists("lang/en/layout.json");
        var abbr = LanguageData.ReadLists("lang/en/abbreviations.json");
        var lid = LanguageData.ReadLists("lang/en/language-id.json");
        return new LayoutLexicon
        {
            FurnitureLines = new HashSet<string>(layout["furniture_lines"], StringComparer.OrdinalIgnoreCase),
            FurniturePrefixes = layout["furniture_prefixes"],
            CaptionMarkers = layout["caption_markers"],
            BylinePrefixes = layout["byline_prefixes"],
            DateLineWords = layout["date_line_words"],
            Abbreviations = new HashSet<string>(abbr.Values.SelectMany(v => v), StringComparer.OrdinalIgnoreCase),
            LanguageWords = lid.ToDictionary(kv => kv.Key, kv => new HashSet<string>(kv.Value, StringComparer.OrdinalIgnoreCase)),
        };
    }

    private static LayoutLexicon? _default;
    public static LayoutLexicon Default => _default ??= Load();
}
