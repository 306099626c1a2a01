using Sitrep.Recognize.Quantities;

namespace Sitrep.Classify;

/// <summary>
/// ACLED's fatality rule over every count told of one event: for each side (soldiers, police, militants,
/// civilians, protesters, unspecified people) the most conservative credible figure — a number beats a
/// vague word ("at least 60" beats "dozens"), and the lowest number wins among claims — then the sides are
/// added up; a total for "people" stands when it is larger than the sum of the sides it includes. The low
/// and high bounds are kept beside the figure.
/// </summary>
public static class FatalityCounter
{
    public readonly record struct Tally(int Value, int Low, int? High, IReadOnlyList<CasualtyMention> Used);

    public static Tally? Count(IEnumerable<CasualtyMention> mentions, Outcome outcome)
    {
        // Protesters are civilians for the count: "three men died" and "six protesters were killed" are one side.
        var relevant = mentions.Where(m => m.Outcome == outcome && !m.IsSubset && !m.IsRemainder)
                               .Select(m => m.Group == VictimGroup.Protesters ? m with { Group = VictimGroup.Civilians } : m).ToList();
        if (relevant.Count == 0) return null;
        // "Officers" are police in a story whose dead are police, soldiers in one whose dead are soldiers.
        var forces = relevant.Where(m => !IsOfficers(m)).Select(m => m.Group).Where(g => g is VictimGroup.Soldiers or VictimGroup.Police).ToHashSet();
        if (forces.Count == 1)
            relevant = relevant.Select(m => IsOfficers(m) ? m with { Group = forces.First() } : m).ToList();
        // Where the only side told is civilians, "people" are those civilians told by another source
        // ("18 villagers" / "23 people"): one side, the lower figure. Beside soldiers or fighters, "people" is a total.
        var sides = relevant.Select(m => m.Group).Where(g => g != VictimGroup.People).ToHashSet();
        if (sides.Count == 1 && sides.First() is VictimGroup.Civilians)
            relevant = relevant.Select(m => m.Group == VictimGroup.People ? m with { Group = sides.First() } : m).ToList();
        var bySide = relevant.GroupBy(m => m.Group).ToDictionary(g => g.Key, g => Conservative(g.ToList()));
        int sidesLow = 0; int? sidesHigh = 0;
        var used = new List<CasualtyMention>();
        foreach (var (side, pick) in bySide)
        {
            if (side == VictimGroup.People) continue;
            sidesLow += pick.Count.Low;
            sidesHigh = sidesHigh is null || pick.Count.High is null ? null : sidesHigh + pick.Count.High;
            used.Add(pick);
        }
        if (bySide.TryGetValue(VictimGroup.People, out var people) && (used.Count == 0 || people.Count.Low > sidesLow))
            return new Tally(people.Count.Low, people.Count.Low, people.Count.High, [people]);
        return new Tally(sidesLow, sidesLow, sidesHigh, used);
    }

    private static bool IsOfficers(CasualtyMention m) => m.GroupWord is "officers" or "officer" or "senior officers";

    /// <summary>The most conservative credible count of one side: numbers before vague words, then the lowest.</summary>
    private static CasualtyMention Conservative(List<CasualtyMention> side)
    {
        var precise = side.Where(m => !m.Count.Vague).ToList();
        var pool = precise.Count > 0 ? precise : side;
        return pool.OrderBy(m => m.Count.Low).First();
    }
}
