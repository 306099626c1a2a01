using System.Text;

namespace Sitrep.Geo;

/// <summary>
/// The normalised form names are compared in: lower-case ASCII, accents folded ("Ségou" → "segou"),
/// apostrophes and periods dropped ("N'Djamena" → "ndjamena", "D.R. Congo" → "dr congo"), hyphens and
/// runs of spaces become one space. Written by hand rather than with string.Normalize because the
/// project runs with InvariantGlobalization, and because the gazetteer compiler and every reader must
/// agree on keys byte for byte.
/// </summary>
public static class NameKey
{
    // Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) folded to ASCII; '\0' = drop.
    private const string Fold00C0 =
        "aaaaaaaceeeeiiii" + // C0-CF
        "dnooooo\0ouuuuyts" + // D0-DF (× dropped, Þ→t, ß→s)
        "aaaaaaaceeeeiiii" + // E0-EF
        "dnooooo\0ouuuuyty" + // F0-FF
        "aaaaaaccccccccdd" + // 100-10F
        "ddeeeeeeeeeegggg" + // 110-11F
        "gggghhhhiiiiiiii" + // 120-12F
        "iiiijjkkklllllll" + // 130-13F
        "lllnnnnnnnnnoooo" + // 140-14F
        "oooorrrrrrssssss" + // 150-15F
        "sssstttttttuuuuu" + // 160-16F
        "uuuuuuwwyyyzzzzzs"; // 170-17F (last: ſ)

    /// <summary>The key of <paramref name="text"/>; empty when it has no letters or digits.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = Write(text, buffer);
        return new string(buffer[..n]);
    }

    public static string Of(string text) => Of(text.AsSpan());

    /// <summary>Whether <paramref name="key"/> is the key of <paramref name="text"/>, as Of(text) == key, without making a string.</summary>
    public static bool IsKeyOf(ReadOnlySpan<char> text, string key)
    {
        if (key.Length > text.Length) return false; // a key is never longer than its text
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = Write(text, buffer);
        return buffer[..n].SequenceEqual(key);
    }

    /// <summary>Writes the key into <paramref name="dest"/> (at least text.Length long); returns its length.</summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> dest)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char raw in text)
        {
            char c = FoldChar(raw);
            if (c == '\0') continue;
            if (c == ' ')
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) { dest[n++] = ' '; pendingSpace = false; }
            dest[n++] = c;
        }
        return n;
    }

    /// <summary>One character folded: a lower-case ASCII letter or digit, ' ' for a separator, '\0' to drop.</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') return c;
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            if (c is '\'' or '.' or '`') return '\0';
            return ' ';
        }
        if (c >= 0xC0 && c <= 0x17F) return Fold00C0[c - 0xC0];
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u00B4' or '\u02BF' or '\u02BE' => '\0',
            '\u01CE' or '\u0201' or '\u0203' => 'a',
            '\u01D0' => 'i',
            '\u01D2' => 'o',
            '\u01D4' => 'u',
            '\u0218' or '\u0219' => 's',
            '\u021A' or '\u021B' => 't',
            '\u1E0C' or '\u1E0D' => 'd',
            '\u1E24' or '\u1E25' or '\u1E2A' or '\u1E2B' => 'h',
            '\u1E62' or '\u1E63' => 's',
            '\u1E6C' or '\u1E6D' => 't',
            '\u1E92' or '\u1E93' => 'z',
            _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
            _ => ' ',
        };
    }
}
