using System.Text.RegularExpressions;
using Sitrep.Diagnostics;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Segment;

/// <summary>
/// Sorts the lines of a page into the story and what is not the story: headline, standfirst, byline,
/// date lines, photo captions and site furniture (menus, share prompts, lists of other headlines), keeping
/// the reason for each line set aside. Finds the dateline ("BAMAKO, Mali (AP) —") that opens the story and
/// the article's language. Serves plain text and HTML after its markup is gone alike.
/// </summary>
public sealed partial class LayoutAnalyzer : IStage
{
    private readonly LayoutLexicon _lex;

    public LayoutAnalyzer() : this(LayoutLexicon.Default) { }
    // The ASCII caption markers, searched for all at once (vectorised), and the others, searched one by one; null
    // where a marker has a character that folds to ASCII. Run without ICU, Contains(OrdinalIgnoreCase) tests a
    // line one marker and one character at a time, and body paragraphs are the longest lines.
    private readonly System.Buffers.SearchValues<string>? _asciiCaptionMarkers;
    private readonly string[] _otherCaptionMarkers = [];

    internal LayoutAnalyzer(LayoutLexicon lexicon)
    {
        _lex = lexicon;
        var ascii = new List<string>();
        var other = new List<string>();
        foreach (var m in lexicon.CaptionMarkers)
        {
            if (System.Text.Ascii.IsValid(m)) { ascii.Add(m); continue; }
            other.Add(m);
            // A marker with a character that folds to ASCII ("ı" to "I") could match ASCII text: no fast path.
            if (FoldsToAscii(m)) { ascii = null; break; }
        }
        if (ascii is not null && lexicon.CaptionMarkers.All(m => m.Length > 0))
        {
            _asciiCaptionMarkers = System.Buffers.SearchValues.Create(ascii.ToArray(), StringComparison.OrdinalIgnoreCase);
            _otherCaptionMarkers = other.ToArray();
        }
    }

    public string Name => "layout";

    // " date 2019-08-28 " as some scrapers prefix a page with its date.
    [GeneratedRegex(@"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\b\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    // A credit at the end of a caption: "(PA)", "[Reuters]", "| AP", "By SEYLLOU (AFP)", "(AP/Jane Doe file Photo)".
    [GeneratedRegex(@"(?:\(\s*[A-Z][A-Za-z/ .]{0,40}\)|\[\s*[A-Z][A-Za-z ]{0,20}\]|\|\s*[A-Z]{2,10}|\bBy [A-Z][A-Z]+ \(?[A-Z]{2,7}\)?)\s*$")]
    private static partial Regex CreditAtEnd();

    // Month names and numeric dates, for date lines ("SEP 4, 2018 LISTEN", "12/24/2011 09:37 am ET").
    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)[a-z]*\.?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    // The dateline that opens a story: capitalised words, commas, a date, agencies in brackets, then a dash or colon.
    [GeneratedRegex(@"^(?<head>(?:[A-Z][\p{L}'’.\-]*|\d{1,4}(?:st|nd|rd|th)?|al|el|de|du|of)(?:[ ,]+(?:[A-Z][\p{L}'’.\-]*|\d{1,4}(?:st|nd|rd|th)?|al|el|de|du|of))*)(?<paren>(?:\s*\([^()]{1,40}\))*)\s*(?:(?<=\s|\))(?:—|–|--|-)|:(?=\s)|—|–)\s*(?=[\p{Lu}\d“""'‘])")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthWord();

    public void Run(Document doc)
    {
        var text = doc.Text;
        var raw = SplitLines(text);
        bool storyStarted = false, headlineSeen = false;
        var lines = new List<Line>(raw.Count);

        foreach (var span0 in raw)
        {
            var span = Trim(text, span0);
            if (span.IsEmpty) { lines.Add(new Line(span0, LineRole.Blank)); continue; }

            var prefix = DatePrefix().Match(text, span.Start, span.Length);
            if (prefix.Success && prefix.Index == span.Start)
            {
                lines.Add(new Line(new TextSpan(span.Start, span.Start + prefix.Length), LineRole.DateLine, "date prefix"));
                span = new TextSpan(span.Start + prefix.Length, span.End);
                if (span.IsEmpty) continue;
            }

            var (role, reason) = Classify(text, span, storyStarted, headlineSeen);
            if (role == LineRole.Headline) headlineSeen = true;
            if (role == LineRole.Body)
            {
                // A hard-wrapped line that continues the paragraph above it joins that paragraph.
                if (lines.Count > 0 && lines[^1].Role == LineRole.Body && !EndsSentence(text, lines[^1].Span) && char.IsLower(text[span.Start]))
                {
                    lines[^1] = lines[^1] with { Span = lines[^1].Span.Cover(span) };
                    continue;
                }
                storyStarted = true;
            }
            lines.Add(new Line(span, role, reason));
        }

        MarkStandfirst(lines);
        doc.Lines.AddRange(lines);
        FindDateline(doc);
        doc.Language = DetectLanguage(doc);
        if (doc.Language != "en")
            doc.Diagnostics.Add(new Diagnostic(DiagnosticCodes.UnsupportedLanguage, DiagnosticSeverity.Warning,
                $"The article is in {LanguageName(doc.Language)}; Sitrep codes English only for now, so no events are written for it."));
    }

    private (LineRole, string?) Classify(string text, TextSpan span, bool storyStarted, bool headlineSeen)
    {
        var line = text.AsSpan(span.Start, span.Length);
        var bare = line.Trim(" \t•·*-–—|:".AsSpan());
        int words = CountWords(line);
        bool endsSentence = EndsSentence(text, span);

        if (bare.Length == 0) return (LineRole.Furniture, "no words");
        if (_lex.FurnitureLines.Contains(bare.ToString())) return (LineRole.Furniture, "site furniture");
        foreach (var p in _lex.FurniturePrefixes)
            if (line.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return (LineRole.Furniture, $"site furniture ({p.Trim()})");
        // A line with none of the markers (most lines) skips the marker-by-marker search; otherwise it runs as before.
        if (MayHaveCaptionMarker(line))
            foreach (var m in _lex.CaptionMarkers)
                if (line.Contains(m, StringComparison.OrdinalIgnoreCase)) return (LineRole.Caption, $"photo caption ({m.Trim()})");
        if (words <= 3 && line.IndexOf(' ') < 0 && line.ContainsAny("-_".AsSpan()) && line.ContainsAny("0123456789".AsSpan()))
            return (LineRole.Furniture, "page code");
        if (CreditAtEnd().IsMatch(line) && !line.EndsWith(".") && words >= 2)
            return (LineRole.Caption, "ends with a photo credit");
        foreach (var b in _lex.BylinePrefixes)
            if (line.StartsWith(b, StringComparison.OrdinalIgnoreCase) && words <= 12 && !endsSentence) return (LineRole.Byline, "byline");
        if (!endsSentence && words <= 14)
        {
            bool dateLike = DateLike().IsMatch(line);
            bool dateWord = false;
            foreach (var w in _lex.DateLineWords) dateWord |= line.Contains(w, StringComparison.OrdinalIgnoreCase);
            if (dateLike && (dateWord || words <= 8)) return (LineRole.DateLine, "date line");
        }
        if (!storyStarted)
        {
            if (!endsSentence && words <= 25) return headlineSeen ? (LineRole.Standfirst, "title block") : (LineRole.Headline, null);
            return (LineRole.Body, null);
        }
        // After the story has begun: short unpunctuated lines are sub-heads, sign-offs or lists of other headlines.
        if (!endsSentence && words <= 15) return (LineRole.Furniture, "sub-head or headline list");
        return (LineRole.Body, null);
    }

    /// <summary>
    /// False only where no caption marker is in the line. The ASCII markers can match only ASCII characters of the
    /// line unless one of its characters folds to ASCII (then the answer is always true); those are searched for
    /// together, the few others one by one.
    /// </summary>
    private bool MayHaveCaptionMarker(ReadOnlySpan<char> line)
    {
        if (_asciiCaptionMarkers is null) return true;
        if (!System.Text.Ascii.IsValid(line) && FoldsToAscii(line)) return true;
        if (line.ContainsAny(_asciiCaptionMarkers)) return true;
        foreach (var m in _otherCaptionMarkers)
            if (line.Contains(m, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether a character outside ASCII has an upper or lower case inside it (ı, ſ, the Kelvin sign).</summary>
    private static bool FoldsToAscii(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (c >= 0x80 && (char.ToUpperInvariant(c) < 0x80 || char.ToLowerInvariant(c) < 0x80)) return true;
        return false;
    }

    /// <summary>Full-sentence lines between the headline and the byline/date block are the standfirst.</summary>
    private static void MarkStandfirst(List<Line> lines)
    {
        int firstBody = lines.FindIndex(l => l.Role == LineRole.Body);
        if (firstBody < 0) return;
        int lastMeta = -1;
        for (int i = firstBody; i < lines.Count; i++)
        {
            var r = lines[i].Role;
            if (r is LineRole.Byline or LineRole.DateLine) lastMeta = i;
            else if (r == LineRole.Body && lastMeta < 0 && i > firstBody + 1) break;
        }
        if (lastMeta < 0) return;
        for (int i = firstBody; i < lastMeta; i++)
            if (lines[i].Role == LineRole.Body) lines[i] = lines[i] with { Role = LineRole.Standfirst, Reason = "above the byline" };
    }

    private void FindDateline(Document doc)
    {
        var first = doc.Lines.FirstOrDefault(l => l.Role == LineRole.Body);
        // A dateline may also stand alone on its own short line just above the story ("Bangui (Central African Republic) (AFP) –").
        foreach (var line in doc.Lines)
        {
            if (line.Role is LineRole.Blank) continue;
            if (line.Role is not (LineRole.Body or LineRole.Standfirst or LineRole.Furniture or LineRole.DateLine or LineRole.Headline)) continue;
            if (first is not null && line.Span.Start > first.Span.Start) break;
            var s = doc.Text.Substring(line.Span.Start, line.Span.Length);
            // Above the story only a line that is nothing but a dateline counts ("Bangui (Central African Republic) (AFP) –").
            if (line != first && !s.TrimEnd().EndsWith('–') && !s.TrimEnd().EndsWith('—') && !s.TrimEnd().EndsWith(" -")) continue;
            var m = DatelinePattern().Match(line == first ? s : s + " X");
            if (!m.Success || m.Length > 80) continue;
            var head = m.Groups["head"];
            if (!LooksLikeDateline(head.Value, m.Groups["paren"].Value)) continue;
            doc.Dateline = new TextSpan(line.Span.Start, line.Span.Start + Math.Min(m.Length, line.Span.Length));
            // Date-first datelines ("December 14, 2017 (NEW YORK) -") carry the place in brackets.
            var words = head.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0 && (MonthWord().IsMatch(words[0]) || char.IsDigit(words[0][0])) && m.Groups["paren"].Success)
            {
                var paren = m.Groups["paren"];
                int open = paren.Value.IndexOf('(') + 1, close = paren.Value.IndexOf(')');
                if (open > 0 && close > open)
                    doc.DatelinePlace = new TextSpan(line.Span.Start + paren.Index + open, line.Span.Start + paren.Index + close);
            }
            else
            {
                int end = head.Index + head.Length;
                // Drop a trailing date ("YAOUNDE, Nov. 15").
                var hm = DateLike().Match(head.Value);
                if (hm.Success) end = head.Index + hm.Index;
                var placeText = s[..end].TrimEnd(' ', ',');
                if (placeText.Length > 0) doc.DatelinePlace = new TextSpan(line.Span.Start, line.Span.Start + placeText.Length);
            }
            return;
        }
    }

    /// <summary>Dateline heads are short; their words are capitalised place names, dates and agencies.</summary>
    private static bool LooksLikeDateline(string head, string paren)
    {
        var words = head.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 6) return false;
        // At least one upper-case word (BAMAKO) or a known shape "Colombo –": accept one or two Title-case words.
        bool upper = words.Any(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        return upper || paren.Length > 0 || words.Length <= 3;
    }

    private string DetectLanguage(Document doc)
    {
        var counts = _lex.LanguageWords.ToDictionary(kv => kv.Key, _ => 0);
        foreach (var line in doc.Lines)
        {
            if (line.Role != LineRole.Body) continue;
            // Words as spans of the text (the sets compare OrdinalIgnoreCase, which looks spans up): no copies.
            var rest = doc.Text.AsSpan(line.Span.Start, line.Span.Length);
            foreach (var range in rest.Split(' '))
            {
                var w = rest[range];
                if (w.IsEmpty) continue;
                var word = w.Trim(",.;:\"“”()");
                foreach (var (lang, set) in _lex.LanguageWords)
                    if (set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) counts[lang]++;
            }
        }
        var best = counts.MaxBy(kv => kv.Value);
        return best.Value == 0 || counts.GetValueOrDefault("en") * 2 >= best.Value ? "en" : best.Key;
    }

    private static string LanguageName(string code) => code switch { "fr" => "French", "en" => "English", _ => code };

    internal static List<TextSpan> SplitLines(string text)
    {
        var result = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r' || text[i] == '\u2028' || text[i] == '\u2029')
            {
                result.Add(new TextSpan(start, i));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start <= text.Length) result.Add(new TextSpan(start, text.Length));
        return result;
    }

    private static TextSpan Trim(string text, TextSpan s)
    {
        int a = s.Start, b = s.End;
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return new TextSpan(a, b);
    }

    internal static bool EndsSentence(string text, TextSpan span)
    {
        int i = span.End - 1;
        while (i >= span.Start && (text[i] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' || char.IsWhiteSpace(text[i]))) i--;
        return i >= span.Start && text[i] is '.' or '!' or '?' or '…';
    }

    private static int CountWords(ReadOnlySpan<char> line)
    {
        int n = 0; bool inWord = false;
        foreach (var c in line)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
