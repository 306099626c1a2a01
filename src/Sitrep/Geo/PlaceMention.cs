using Sitrep.Recognize;
using Sitrep.Text;

namespace Sitrep.Geo;

/// <summary>
/// A place named in the text and what it was resolved to. <see cref="Place"/> is null for a place the text
/// clearly names ("the village of X") but no gazetteer knows: it stays unknown, never the country centroid.
/// GeoPrecision follows ACLED: 1 the place itself, 2 near it ("40 km north of Gao"), 3 only the region.
/// <see cref="Why"/> keeps the reasons for the choice; <see cref="Candidates"/> how many places had the name;
/// <see cref="CueSpan"/> the word that said what kind of place it is ("village", "region", "base").
/// </summary>
public sealed record PlaceMention(TextSpan Span, Place? Place, int GeoPrecision, PlaceRelation Relation,
    string Why, int Candidates, TextSpan? CueSpan) : Mention(Span)
{
    /// <summary>For a place no gazetteer knows, the resolved place the text puts it in, if any ("Kotka area of
    /// Bannu", "Mucojo administrative post, in Macomia district, in ... Cabo Delgado"): its admin names and
    /// coordinates stand in for the unknown place's (ACLED codes such a place at the nearest known one).</summary>
    public PlaceMention? Within { get; init; }
}

/// <summary>How the event stands to the named place: at it, near it, or somewhere in the region it names.</summary>
public enum PlaceRelation { At, Near, InRegion }

/// <summary>A country named or described in the text: "in Mali", "Malian", "Burkina Faso".</summary>
public sealed record CountryMention(TextSpan Span, Country Country) : Mention(Span);
