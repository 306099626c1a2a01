using Sitrep.Recognize.Patterns;
using Sitrep.Segment;
using Sitrep.Text;

namespace Sitrep.Tests.Recognize.Patterns;

public class PhraseMatcherTests
{
    private static string Matches(string text, params string[] phrases)
    {
        var m = new PhraseMatcher<string>();
        foreach (var p in phrases) m.Add(p, p);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        var found = new List<PhraseMatch<string>>();
        m.MatchAll(text, tokens, 0, tokens.Count, found);
        return string.Join(" | ", found.Select(f => $"{text[f.Span.Start..f.Span.End]}{f.Span}"));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("The SAF and the saf", "SAF[4,7)")]                       // all-caps phrases match only in caps
    [InlineData("FAMa units and fama", "FAMa[0,4)")]
    [InlineData("ARMY UNITS and the Army", "ARMY[0,4) | Army[19,23)")]    // ordinary words match in any case
    [InlineData("JNIM's fighters", "JNIM[0,4)")]                          // possessive left out of the span
    [InlineData("Burkina Faso’s army", "Burkina Faso[0,12) | army[15,19)")]
    [InlineData("New People’s Army", "New People’s Army[0,17) | Army[13,17)")]   // curly and straight apostrophes are one; every length is returned
    [InlineData("the junta", "junta[4,9)")]                               // "the junta" was added as "junta"
    [InlineData("armyman", "")]                                           // token boundaries only
    public void Matches_on_token_boundaries(string text, string expected) =>
        Assert.Equal(expected, Matches(text, "SAF", "FAMa", "army", "JNIM", "Burkina Faso", "New People's Army", "the junta"));

    [Theory]
    [InlineData("SAF", true)]
    [InlineData("M23", true)]
    [InlineData("3R", true)]
    [InlineData("FAMa", true)]
    [InlineData("IS-K", true)]
    [InlineData("Al-Shabaab", false)]
    [InlineData("army", false)]
    [InlineData("Mali", false)]
    public void Acronyms(string token, bool acronym) => Assert.Equal(acronym, PhraseMatcher<int>.IsAcronym(token));
}
