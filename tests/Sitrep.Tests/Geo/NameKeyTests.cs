using Sitrep.Geo;

namespace Sitrep.Tests.Geo;

public class NameKeyTests
{
    [Theory]
    [InlineData("Ségou", "segou")]
    [InlineData("N'Djamena", "ndjamena")]
    [InlineData("N’Djaména", "ndjamena")]
    [InlineData("  Bir   al-Abd ", "bir al abd")]
    [InlineData("D.R. Congo", "dr congo")]
    [InlineData("Ouagadougou", "ouagadougou")]
    [InlineData("Şanlıurfa", "sanliurfa")]
    public void Folds_case_accents_and_punctuation(string text, string key) => Assert.Equal(key, NameKey.Of(text));
}
