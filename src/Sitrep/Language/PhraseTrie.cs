using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Language;

/// <summary>
/// Writes a list of phrases as a regex alternation shaped like a prefix tree: "twenty(?:-(?:one|two)|)" rather
/// than "twenty-one|twenty-two|twenty". The .NET engine tries a flat alternation branch by branch, and with
/// IgnoreCase every branch starts with a set ([Tt]) that defeats its switch on the first character, so a list of
/// 300 words cost ~3 µs per position tried. In the tree a position fails on its first letter among a few dozen.
/// </summary>
/// <remarks>
/// Same matches as the flat alternation ordered longest first: two phrases can both match at one place only
/// when one begins the other, and in the tree the longer is always tried first (a phrase's end is the last
/// branch of its node). Phrases are lower-cased first (meant for IgnoreCase patterns, where case does not
/// distinguish them); a space matches any run of white space (\s+), as the flat lists wrote it.
/// </remarks>
internal static class PhraseTrie
{
    private sealed class Node
    {
        public readonly SortedDictionary<char, Node> Next = new();
        public bool End;
    }

    /// <summary>The alternation, without an enclosing group (as "a|b|c" would be written). With
    /// <paramref name="capitalFirst"/> a first letter must be upper case ((?-i:M)ay), as month names are written.</summary>
    public static string Alternation(IEnumerable<string> phrases, bool capitalFirst = false)
    {
        var root = new Node();
        foreach (var phrase in phrases)
        {
            var node = root;
            foreach (char c in phrase.ToLowerInvariant())
            {
                if (!node.Next.TryGetValue(c, out var next)) node.Next[c] = next = new Node();
                node = next;
            }
            node.End = true;
        }
        var sb = new StringBuilder();
        WriteBranches(root, sb, capitalFirst);
        return sb.ToString();
    }

    private static void WriteBranches(Node node, StringBuilder sb, bool capital = false)
    {
        bool first = true;
        foreach (var (c, next) in node.Next)
        {
            if (!first) sb.Append('|');
            first = false;
            if (capital && char.IsLetter(c)) sb.Append("(?-i:").Append(char.ToUpperInvariant(c)).Append(')');
            else sb.Append(c == ' ' ? @"\s+" : Regex.Escape(c.ToString()));
            if (next.Next.Count == 0) continue; // a leaf: the phrase ends here
            if (next.Next.Count == 1 && !next.End) { WriteBranches(next, sb); continue; } // a single path: no group
            sb.Append("(?:");
            WriteBranches(next, sb);
            if (next.End) sb.Append('|'); // the shorter phrase last: longer ones first, as longest-first lists do
            sb.Append(')');
        }
    }
}
