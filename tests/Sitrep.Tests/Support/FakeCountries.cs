using Sitrep.Geo;

namespace Sitrep.Tests.Support;

/// <summary>A small country catalog for recognizer tests, independent of data/geo.</summary>
public sealed class FakeCountries : ICountryCatalog
{
    public static readonly FakeCountries Instance = new();

    private static Country C(string iso2, string iso3, int num, string name, string[] other, string[] demonyms) =>
        new(iso2, iso3, num, name, other, demonyms, "test");

    public IReadOnlyList<Country> All { get; } =
    [
        C("ML", "MLI", 466, "Mali", [], ["Malian"]),
        C("BF", "BFA", 854, "Burkina Faso", ["Burkina"], ["Burkinabe", "Burkinabè"]),
        C("NE", "NER", 562, "Niger", [], ["Nigerien"]),
        C("NG", "NGA", 566, "Nigeria", [], ["Nigerian"]),
        C("SO", "SOM", 706, "Somalia", [], ["Somali"]),
        C("SD", "SDN", 729, "Sudan", [], ["Sudanese"]),
        C("MZ", "MOZ", 508, "Mozambique", [], ["Mozambican"]),
        C("CM", "CMR", 120, "Cameroon", [], ["Cameroonian"]),
        C("PH", "PHL", 608, "Philippines", ["the Philippines"], ["Philippine", "Filipino"]),
        C("MM", "MMR", 104, "Myanmar", ["Burma"], ["Burmese"]),
        C("KE", "KEN", 404, "Kenya", [], ["Kenyan"]),
        C("PK", "PAK", 586, "Pakistan", [], ["Pakistani"]),
    ];

    public Country? ByIso2(string iso2) => All.FirstOrDefault(c => c.Iso2 == iso2);

    public Country? ByNameOrDemonym(string text) =>
        All.FirstOrDefault(c => c.Name.Equals(text, StringComparison.OrdinalIgnoreCase)
            || c.OtherNames.Concat(c.Demonyms).Any(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)));
}
