namespace Sitrep.Recognize.Quantities;

/// <summary>
/// A count as a text gives it: a low bound, a high bound (null = open, "at least 60"), whether the words were
/// vague ("dozens" = 12 by ACLED's convention) and the qualifier that set the bounds ("at least", "around").
/// </summary>
public readonly record struct Count(int Low, int? High, bool Vague, string Qualifier)
{
    public static Count Exactly(int n) => new(n, n, false, "");
    public override string ToString() => Vague ? $"~{Low} ({Qualifier})" : High == Low ? $"{Low}" : $"{Low}..{High?.ToString() ?? ""}";
}

/// <summary>What happened to the people counted.</summary>
public enum Outcome : byte { Killed, Wounded, Abducted, Captured, Arrested, Missing, Present }

/// <summary>Who is counted, in the sides that ACLED's fatality rule adds up.</summary>
public enum VictimGroup : byte { People, Civilians, Soldiers, Police, Militants, Protesters }
