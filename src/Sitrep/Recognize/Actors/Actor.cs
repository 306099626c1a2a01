using Sitrep.Geo;
using Sitrep.Text;

namespace Sitrep.Recognize.Actors;

/// <summary>What kind of actor an entry is; maps onto ACLED's inter codes through <see cref="ActorEntry.Inter"/>.</summary>
public enum ActorKind
{
    NamedArmedGroup, StateMilitary, StatePolice, StateOther, PoliticalMilitia, IdentityMilitia,
    UnidentifiedArmed, Rebels, Civilians, Protesters, Rioters, External,
}

/// <summary>
/// One actor of data/actors/*.jsonl: its id, ACLED-style name, inter ("State forces", "Rebel group", ...),
/// kind and countries (ISO 3166-1 alpha-2). A generic entry ("gunmen", "soldiers", "civilians") holds
/// "{country}" in its name, which <see cref="NameFor"/> fills.
/// </summary>
public sealed record ActorEntry(string Id, string Name, string Inter, ActorKind Kind, IReadOnlyList<string> Countries)
{
    public bool IsGeneric => Name.Contains("{country}", StringComparison.Ordinal);

    /// <summary>The ACLED name for a country: "Unidentified Armed Group (Mali)", "Military Forces of Mali".
    /// Without a country the placeholder is dropped ("Unidentified Armed Group", "Military Forces").</summary>
    public string NameFor(Country? country)
    {
        if (!IsGeneric) return Name;
        if (country is not null) return Name.Replace("{country}", country.Name, StringComparison.Ordinal);
        return Name.Replace(" ({country})", "", StringComparison.Ordinal)
                   .Replace(" of {country}", "", StringComparison.Ordinal)
                   .Replace("{country}", "", StringComparison.Ordinal).Trim();
    }
}

/// <summary>
/// An actor named in the text. <paramref name="CountryIso2"/> comes from a demonym or possessive in the
/// phrase ("Malian army", "Mali's army", "the army of Mali"), from the entry's only country, or from the
/// story's country where the entry lists it; null when unknown. <paramref name="IsGeneric"/> is true for
/// generic agents ("gunmen", "civilians", "soldiers" of no known state entry).
/// </summary>
public sealed record ActorMention(TextSpan Span, ActorEntry Actor, string? CountryIso2, bool IsGeneric) : Mention(Span)
{
    public override string ToString() =>
        $"Actor{Span} {Actor.Id} \"{Actor.Name}\" ({Actor.Inter}){(CountryIso2 is null ? "" : " " + CountryIso2)}{(IsGeneric ? " generic" : "")}";
}
