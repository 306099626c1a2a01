using Sitrep.Text;

namespace Sitrep.Segment;

/// <summary>
/// Splits a range of text into word, number, punctuation and symbol tokens with their offsets. Words keep
/// inner apostrophes and hyphens ("al-Shabaab", "Mali's", "N'Djamena"); numbers keep inner separators
/// ("1,353", "3.5"). White space is never a token: tokens plus the gaps between them rebuild the text.
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(string text, TextSpan range, List<Token> into)
    {
        int i = range.Start, end = range.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1])))) i++;
                // "3rd", "203rd", "15th": a number glued to letters is a word.
                if (i < end && char.IsLetter(text[i]))
                {
                    while (i < end && IsWordChar(text, i, end)) i++;
                    into.Add(new Token(new TextSpan(start, i), TokenKind.Word));
                }
                else into.Add(new Token(new TextSpan(start, i), TokenKind.Number));
                continue;
            }
            if (char.IsLetter(c))
            {
                i++;
                while (i < end && IsWordChar(text, i, end)) i++;
                into.Add(new Token(new TextSpan(start, i), TokenKind.Word));
                continue;
            }
            i++;
            into.Add(new Token(new TextSpan(start, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
        }
    }

    /// <summary>Letters and digits, and an apostrophe or hyphen between two letters or digits.</summary>
    private static bool IsWordChar(string text, int i, int end)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        if (c is '\'' or '’' or '-' or '‑')
            return i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
        return false;
    }
}
