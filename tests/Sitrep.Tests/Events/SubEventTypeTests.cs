using Sitrep.Classify;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Events;

/// <summary>
/// Every one of ACLED's 25 sub-event types is reachable from the codebook's vocabulary. Each row is a short
/// story written for this test (published on Wednesday 12 March 2025; "on Monday" is 10 March).
/// </summary>
public class SubEventTypeTests
{
    public static TheoryData<string, string> Stories => new()
    {
        { "Armed clash", "Soldiers and militants clashed near Gao on Monday, the army said. Three soldiers and five militants were killed in the fighting." },
        { "Government regains territory", "Malian soldiers recaptured the town of Léré from jihadists on Monday, the army said in a statement." },
        { "Non-state actor overtakes territory", "JNIM fighters seized control of the town of Djibo on Monday, residents said." },
        { "Chemical weapon", "A chemical attack with chlorine gas hit the town of Douma on Monday, killing six civilians, rescuers said." },
        { "Air/drone strike", "A drone strike hit a market in Jilib on Monday, killing four civilians, residents said." },
        { "Suicide bomb", "A suicide bomber blew himself up at a checkpoint in Mogadishu on Monday, killing three soldiers, police said." },
        { "Shelling/artillery/missile attack", "Artillery shelling hit a residential area of Kherson on Monday, killing two civilians, officials said." },
        { "Remote explosive/landmine/IED", "A roadside bomb struck a military convoy near Téra on Monday, killing four soldiers, the army said." },
        { "Grenade", "Militants threw a grenade at a police post in Srinagar on Monday, wounding five police officers, police said." },
        { "Sexual violence", "Gunmen raped two women in the village of Kiwanja on Monday, a local official said." },
        { "Attack", "Gunmen shot dead six villagers in Kajuru on Monday, police said." },
        { "Abduction/forced disappearance", "Gunmen abducted 20 students from a school in Kaduna on Monday, police said." },
        { "Peaceful protest", "Hundreds of teachers marched through Kisumu on Monday to demand unpaid wages, organisers said." },
        { "Protest with intervention", "Police fired tear gas to disperse protesters in Dakar on Monday, witnesses said." },
        { "Excessive force against protesters", "Soldiers opened fire on protesters in Nampula on Monday, killing three protesters, hospital sources said." },
        { "Violent demonstration", "Protesters set fire to the governor's office in Ziguinchor on Monday and pelted police with stones, witnesses said." },
        { "Mob violence", "An angry mob lynched a man accused of theft in Kano on Monday, police said." },
        { "Agreement", "The government and the rebels signed a peace agreement in Juba on Monday, officials said." },
        { "Arrests", "Police arrested 14 opposition activists in Lusaka on Monday, a police spokesman said." },
        { "Change to group/activity", "Militants in Menaka pledged allegiance to the Islamic State on Monday, a statement said." },
        { "Disrupted weapons use", "Soldiers defused a roadside bomb near Mopti on Monday, the army said." },
        { "Headquarters or base established", "The rebels established a base in the town of Kidal on Monday, residents said." },
        { "Looting/property destruction", "Militants set fire to a school in Bannu on Monday, police said." },
        { "Non-violent transfer of territory", "Government troops withdrew from the town of Kitshanga on Monday, the army said." },
        { "Other", "The authorities imposed a curfew in Juba on Monday, officials said." },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void Each_sub_event_type_is_reached(string expected, string story)
    {
        var events = TestCoder.Code(story, "2025-03-12");
        var e = Assert.Single(events);
        Assert.Equal(expected, e.SubEventType);
        Assert.Equal(EventTypes.EventTypeOf[expected], e.EventType);
        Assert.Equal(EventTypes.DisorderOf(expected), e.DisorderType);
        Assert.Equal("2025-03-10", e.EventDate);
    }

    [Fact]
    public void The_table_covers_all_25_sub_event_types()
    {
        var covered = Stories.Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(25, EventTypes.EventTypeOf.Count);
        Assert.Subset(covered, EventTypes.EventTypeOf.Keys.ToHashSet());
        Assert.Equal(25, covered.Count);
    }
}
