namespace Sitrep.Recognize.Dates;

/// <summary>
/// Clock times ("8 a.m.", "2:30 am local time", "at about 13.00", "18h30"). Other recognizers ask here so that
/// "13.00" is never read as thirteen people.
/// </summary>
public static class TimeOfDay
{
    /// <summary>True when the character at <paramref name="pos"/> lies inside a clock time in <paramref name="text"/>.</summary>
    public static bool IsTimeAt(string text, int pos)
    {
        if (string.IsNullOrEmpty(text) || pos < 0 || pos >= text.Length) return false;
        // Look a little to the left: the pattern may need the "at" before the number.
        int from = Math.Max(0, pos - 24);
        foreach (var m in DateLexicon.Default.TimeMatches(text, new Sitrep.Text.TextSpan(from, Math.Min(text.Length, pos + 24))))
        {
            if (m.Index > pos) break;
            if (pos < m.Index + m.Length) return true;
        }
        return false;
    }
}
