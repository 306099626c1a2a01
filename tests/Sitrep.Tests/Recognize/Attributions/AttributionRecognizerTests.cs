using Sitrep.Recognize.Attributions;
using Sitrep.Tests.Recognize.Actors;
using Sitrep.Text;

namespace Sitrep.Tests.Recognize.Attributions;

public class AttributionRecognizerTests
{
    private static Document Read(string text)
    {
        var doc = ActorRecognizerTests.Read(text);
        new AttributionRecognizer().Run(doc);
        return doc;
    }

    /// <summary>"span => source | Kind | Type [| anon] [| actor]" for each attribution, in text order.</summary>
    private static string Attributions(string text)
    {
        var doc = Read(text);
        return string.Join(" ; ", doc.MentionsOf<AttributionMention>().Select(a =>
            $"{doc.Slice(a.Span)} => {a.Source} | {a.Kind} | {a.Type}{(a.Anonymous ? " | anon" : "")}{(a.SourceActor is null ? "" : " | " + a.SourceActor.Actor.Id)}"));
    }

    // Sentences written for these tests.
    [Theory]
    [InlineData("", "")]
    [InlineData(" \n ", "")]
    [InlineData("A civil society activist told the AP that 40 soldiers died.", "civil society activist told => civil society activist | CivilSociety | Said | anon")]
    [InlineData("The army said it repelled the attack.", "army said => army | Military | Said | military")]
    [InlineData("Two bridges were destroyed, residents said.", "residents said => residents | Residents | Said | anon | civilians")]
    [InlineData("\"We held the town,\" said the governor.", "said the governor => governor | Official | Said")]
    [InlineData("At least nine people died, according to a hospital employee.", "according to a hospital employee => hospital employee | Medical | Said | anon")]
    [InlineData("JNIM claimed responsibility for the ambush on Sunday.", "JNIM claimed responsibility => JNIM | ArmedGroup | ClaimedResponsibility | jnim")]
    [InlineData("Al Shabaab claimed the attack in a radio broadcast.", "Al Shabaab claimed the attack => Al Shabaab | ArmedGroup | ClaimedResponsibility | al-shabaab")]
    [InlineData("The flooding claimed 12 lives.", "")]
    [InlineData("The rebels denied any role in the killings.", "rebels denied => rebels | ArmedGroup | Denied | rebels")]
    [InlineData("The ministry acknowledged the losses.", "ministry acknowledged => ministry | Government | Acknowledged")]
    [InlineData("Police accused the protesters of burning a bus.", "Police accused => Police | Police | Accused | police")]
    [InlineData("The Syrian Observatory for Human Rights reported 14 deaths.", "Syrian Observatory for Human Rights reported => Syrian Observatory for Human Rights | Monitor | Reported")]
    [InlineData("A military source, who spoke on condition of anonymity, said the base fell.", "military source, who spoke on condition of anonymity, said => military source | Military | Said | anon | military")]
    [InlineData("Kashif Zulfiqar, a senior police officer, said two men were held.", "Kashif Zulfiqar, a senior police officer, said => Kashif Zulfiqar, a senior police officer | Police | Said | police")]
    [InlineData("In a statement, the Malian army said 13 extremists were killed.", "Malian army said => Malian army | Military | Said | ml-military")]
    [InlineData("The army said in a statement that the raid failed.", "army said => army | Military | Said | military")]
    [InlineData("A statement from MINUSCA condemned the attack.", "statement from MINUSCA => MINUSCA | International | Said")]
    [InlineData("The group wrote on Telegram that its fighters took the post.", "group wrote => group | Unknown | Said")]
    [InlineData("Senior police officer Aliyu Musa confirmed the arrests.", "Senior police officer Aliyu Musa confirmed => Senior police officer Aliyu Musa | Police | Acknowledged | police")]
    [InlineData("Sources told Reuters that the convoy was hit.", "Sources told => Sources | Unknown | Said | anon")]
    [InlineData("Forty soldiers died, an activist in the area told reporters.", "activist in the area told => activist | CivilSociety | Said | anon")]
    [InlineData("A nurse at the clinic in Gao said six people were treated.", "nurse at the clinic in Gao said => nurse | Medical | Said | anon")]
    [InlineData("There were no immediate reports of arrests.", "")]
    [InlineData("Moscow denied targeting civilians.", "Moscow denied => Moscow | Unknown | Denied")]
    [InlineData("Witnesses said the gunmen fled.", "Witnesses said => Witnesses | Residents | Said | anon")]
    public void Finds_attributions(string text, string expected) => Assert.Equal(expected, Attributions(text));

    [Fact]
    public void A_pronoun_takes_the_previous_source()
    {
        var doc = Read("The governor of Borno said the town was calm. He said schools would reopen.");
        var all = doc.MentionsOf<AttributionMention>().ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal("governor of Borno", all[1].Source);
        Assert.Equal("He", doc.Slice(all[1].SourceSpan));
        Assert.Equal(SourceKind.Official, all[1].Kind);
    }

    [Fact]
    public void A_bare_surname_takes_the_earlier_full_source()
    {
        var doc = Read("Police spokesman Ahmed Warsame said three men were held. Warsame said a fourth fled.");
        var all = doc.MentionsOf<AttributionMention>().ToList();
        Assert.Equal("Police spokesman Ahmed Warsame", all[1].Source);
        Assert.Equal(SourceKind.Police, all[1].Kind);
        Assert.Equal("Warsame", doc.Slice(all[1].SourceSpan));
    }

    [Fact]
    public void It_without_an_antecedent_is_unknown()
    {
        var doc = Read("It said the road was closed.");
        var a = doc.MentionsOf<AttributionMention>().Single();
        Assert.Equal(SourceKind.Unknown, a.Kind);
        Assert.Equal("It", a.Source);
    }
}
