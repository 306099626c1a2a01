using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class CountryCatalogTests
{
    private static readonly CountryCatalog Catalog = CountryCatalog.Default;

    [Fact]
    public void Holds_every_iso_country_plus_kosovo()
    {
        Assert.True(Catalog.All.Count >= 250);
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(c => c.Iso2).Distinct().Count());
        Assert.All(Catalog.All, c => Assert.False(string.IsNullOrEmpty(c.Region)));
    }

    [Theory]
    [InlineData("Mali", "ML")]
    [InlineData("MALI", "ML")]
    [InlineData("DR Congo", "CD")]
    [InlineData("DRC", "CD")]
    [InlineData("Democratic Republic of Congo", "CD")]
    [InlineData("Congo-Brazzaville", "CG")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Cote d’Ivoire", "CI")]
    [InlineData("Burma", "MM")]
    [InlineData("the Gambia", "GM")]
    [InlineData("Malian", "ML")]
    [InlineData("Malians", "ML")]
    [InlineData("Burkinabè", "BF")]
    [InlineData("burkinabe", "BF")]
    [InlineData("Nigerien", "NE")]
    [InlineData("Nigerian", "NG")]
    [InlineData("Congolese", "CD")]
    [InlineData("South Sudanese", "SS")]
    [InlineData("Sudanese", "SD")]
    [InlineData("Somalis", "SO")]
    [InlineData("Filipino", "PH")]
    [InlineData("Mali's", "ML")]
    [InlineData("Kosovo", "XK")]
    public void Finds_names_and_demonyms(string text, string iso2) =>
        Assert.Equal(iso2, Catalog.ByNameOrDemonym(text)?.Iso2);

    [Theory]
    [InlineData("CD", "Democratic Republic of Congo", 180, "Middle Africa")]
    [InlineData("CI", "Ivory Coast", 384, "Western Africa")]
    [InlineData("PS", "Palestine", 275, "Middle East")]
    [InlineData("RU", "Russia", 643, "Europe")]
    [InlineData("SY", "Syria", 760, "Middle East")]
    [InlineData("IR", "Iran", 364, "Middle East")]
    [InlineData("KR", "South Korea", 410, "East Asia")]
    [InlineData("ML", "Mali", 466, "Western Africa")]
    public void Uses_acled_names_and_regions(string iso2, string name, int numeric, string region)
    {
        var c = Catalog.ByIso2(iso2)!;
        Assert.Equal(name, c.Name);
        Assert.Equal(numeric, c.IsoNumeric);
        Assert.Equal(region, c.Region);
        Assert.Same(c, Catalog.ByNumeric(numeric));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Boulkessi")]
    [InlineData("Tuesday")]
    public void Unknown_words_give_null(string text) => Assert.Null(Catalog.ByNameOrDemonym(text));

    [Fact]
    public void Bad_file_gives_a_clear_error()
    {
        var e = Assert.Throws<FormatException>(() => CountryCatalog.Load(new StringReader("iso2\tiso3\tiso_numeric\tname\tother_names\tdemonyms\tregion\nML\tMLI\tx\n")));
        Assert.Contains("line 2", e.Message);
    }
}
