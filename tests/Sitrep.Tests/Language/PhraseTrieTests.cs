using System.Text.RegularExpressions;
using Sitrep.Language;
using Xunit;

namespace Sitrep.Tests.Language;

public class PhraseTrieTests
{
    private static readonly string[] Words =
        ["twenty", "twenty-one", "twenty one", "two", "two hundred", "a", "an", "a dozen", "a few", "at least", "at most", "about", "Some", "several"];

    private static string Flat(IEnumerable<string> words) =>
        string.Join("|", words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")));

    [Theory]
    [InlineData("Twenty-one were killed, twenty  one wounded and two hundred fled")]
    [InlineData("a dozen, a few, an, at least about SOME of several at  most two")]
    [InlineData("twentyfive attackers and an ambush about twoo")]
    public void Matches_as_the_flat_longest_first_alternation(string text)
    {
        var opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        var flat = new Regex($@"\b(?:{Flat(Words)})\b", opts).Matches(text).Select(m => (m.Index, m.Length));
        var trie = new Regex($@"\b(?:{PhraseTrie.Alternation(Words)})\b", opts).Matches(text).Select(m => (m.Index, m.Length));
        Assert.Equal(flat, trie);
        var flatAll = new Regex($"(?:{Flat(Words)})", opts).Matches(text).Select(m => (m.Index, m.Length));
        var trieAll = new Regex($"(?:{PhraseTrie.Alternation(Words)})", opts).Matches(text).Select(m => (m.Index, m.Length));
        Assert.Equal(flatAll, trieAll);
    }

    [Fact]
    public void Shares_prefixes_and_tries_the_longer_phrase_first() =>
        Assert.Equal(@"t(?:en|o(?:n|))", PhraseTrie.Alternation(["to", "ton", "ten"]));

    [Fact]
    public void Capital_first_letter_is_case_sensitive_only_there()
    {
        var alt = PhraseTrie.Alternation(["May", "March"], capitalFirst: true);
        Assert.Equal(@"(?-i:M)a(?:rch|y)", alt);
        var rx = new Regex($"^(?:{alt})$", RegexOptions.IgnoreCase);
        Assert.True(rx.IsMatch("MAY"));
        Assert.False(rx.IsMatch("may"));
    }
}
