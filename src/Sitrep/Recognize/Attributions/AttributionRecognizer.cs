using Sitrep.Pipeline;
using Sitrep.Recognize.Actors;
using Sitrep.Recognize.Patterns;
using Sitrep.Text;

namespace Sitrep.Recognize.Attributions;

/// <summary>
/// Finds who says what: "X said (that)", "..., X said.", "..., said X", "X told the AP", "according to X",
/// "X claimed responsibility (for ...)", "X claimed the attack", "X denied / acknowledged / confirmed /
/// accused Y of / reported", "a statement from X", "in a statement, X said", "X said in a statement",
/// "X wrote on Telegram". Runs after <see cref="ActorRecognizer"/> and links the source to the actor named in it.
/// </summary>
/// <remarks>
/// The source is the noun phrase next to the reporting words, read on tokens: it stops at punctuation and at
/// the stop words of data/lang/en/sources.json, and a leading determiner is left out ("the army" → "army").
/// A "who ..." clause or an apposition between commas is stepped over ("a soldier, who asked not to be named,
/// said"; "Kashif Zulfiqar, a senior police officer, said"). The source's kind: a named armed group inside it
/// makes it ArmedGroup; otherwise the longest, then rightmost, phrase of the kinds lexicon (the head noun);
/// otherwise the kind of the state actor inside it. A pronoun or a definite description ("he", "it", "the
/// official") takes the previous attribution's source in the document. "claimed" is a claim of
/// responsibility only with an object such as "responsibility" or "the attack" ("the attack claimed 12
/// lives" is not an attribution). Only headline, standfirst and story sentences are read. Thread-safe.
/// </remarks>
public sealed class AttributionRecognizer : IStage
{
    private const int MaxSourceTokens = 10;
    private readonly AttributionLexicon _lex;

    public AttributionRecognizer() : this(AttributionLexicon.Default) { }
    public AttributionRecognizer(AttributionLexicon lexicon) => _lex = lexicon;

    public string Name => "attributions";

    private readonly record struct Np(int First, int End, int RawFirst);

    public void Run(Document doc)
    {
        AttributionMention? previous = null;
        var anon = new List<PhraseMatch<bool>>();
        var found = new List<AttributionMention>();
        var all = new List<AttributionMention>();
        foreach (var s in doc.Sentences)
        {
            if (s.Role is not (LineRole.Body or LineRole.Standfirst or LineRole.Headline)) continue;
            anon.Clear();
            _lex.Anonymity.MatchAll(doc.Text, doc.Tokens, s.FirstToken, s.EndToken, anon);
            List<ActorMention>? actors = null;
            found.Clear();
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var tok = doc.Tokens[i];
                if (tok.Kind != TokenKind.Word) continue;
                var word = Word(doc, i);
                Np? np = null;
                AttributionType type = AttributionType.Said;
                int spanStart = tok.Start, spanEnd = tok.End;
                if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 2 < s.EndToken && IsWord(doc, i + 1, "to"))
                {
                    np = NpAfter(doc, s, i + 2);
                }
                else if (word.Equals("statement", StringComparison.OrdinalIgnoreCase) && i + 2 < s.EndToken
                         && (IsWord(doc, i + 1, "from") || IsWord(doc, i + 1, "by")))
                {
                    np = NpAfter(doc, s, i + 2);
                }
                else if (_lex.TryVerb(word, out type))
                {
                    if (type == AttributionType.ClaimedResponsibility)
                    {
                        int obj = ClaimObject(doc, s, i);
                        if (obj < 0)
                        {
                            if (i + 1 < s.EndToken && (IsWord(doc, i + 1, "that") || IsWord(doc, i + 1, "it"))) type = AttributionType.Said;
                            else continue;
                        }
                        else spanEnd = doc.Tokens[obj].End;
                    }
                    np = NpBefore(doc, s, i);
                    if (np is null && i > s.FirstToken && doc.Tokens[i - 1].Kind == TokenKind.Punctuation)
                        np = NpAfter(doc, s, i + 1);       // inverted: '"...," said the governor.'
                }
                else continue;
                if (np is not { } n) continue;

                var sourceSpan = new TextSpan(doc.Tokens[n.First].Start, doc.Tokens[n.End - 1].End);
                var span = new TextSpan(Math.Min(spanStart, sourceSpan.Start), Math.Max(spanEnd, sourceSpan.End));
                var raw = doc.Slice(new TextSpan(doc.Tokens[n.RawFirst].Start, sourceSpan.End));
                AttributionMention mention;
                bool anaphor = _lex.Anaphora.Contains(raw) || _lex.Anaphora.Contains(doc.Slice(sourceSpan));
                // A bare surname ("Cuenca said") refers to the earlier source that ends with it.
                var surnameOf = n.End - n.First == 1 ? SurnameAntecedent(doc, sourceSpan, all) : null;
                if (surnameOf is not null)
                    mention = new AttributionMention(span, sourceSpan, surnameOf.Source, surnameOf.Kind, type, surnameOf.Anonymous, surnameOf.SourceActor);
                else if (anaphor && previous is not null)
                    mention = new AttributionMention(span, sourceSpan, previous.Source, previous.Kind, type, previous.Anonymous, previous.SourceActor);
                else if (anaphor && n.End - n.First == 1 && IsPronoun(doc, n.First))
                    mention = new AttributionMention(span, sourceSpan, doc.Slice(sourceSpan), SourceKind.Unknown, type, false, null);
                else
                {
                    actors ??= doc.MentionsIn<ActorMention>(s).ToList();
                    ActorMention? actor = null;
                    foreach (var a in actors) if (sourceSpan.Contains(a.Span)) actor = a;
                    var kind = KindOf(doc, n, actor);
                    bool definite = n.RawFirst < n.First && IsWord(doc, n.RawFirst, "the");
                    bool anonymous = anon.Count > 0 || HasAnonymousHead(doc, n) || (!IsNamed(doc, s, n, actor) && !definite);
                    mention = new AttributionMention(span, sourceSpan, doc.Slice(sourceSpan), kind, type, anonymous, actor);
                }
                found.Add(mention);
                all.Add(mention);
                previous = mention;
            }
            doc.Mentions.AddRange(found);
        }
    }

    private static AttributionMention? SurnameAntecedent(Document doc, TextSpan source, List<AttributionMention> earlier)
    {
        var name = doc[source];
        if (name.Length < 3 || !char.IsUpper(name[0])) return null;
        for (int k = earlier.Count - 1; k >= 0; k--)
        {
            var e = earlier[k];
            if (e.SourceSpan.Length <= source.Length || !e.Source.Equals(doc.Slice(e.SourceSpan), StringComparison.Ordinal)) continue;
            var full = doc[e.SourceSpan];
            if (full.EndsWith(name, StringComparison.Ordinal) && full[^(name.Length + 1)] == ' ') return e;
        }
        return null;
    }

    private static bool IsPlacePreposition(Document doc, int k) =>
        IsWord(doc, k, "in") || IsWord(doc, k, "at") || IsWord(doc, k, "near") || IsWord(doc, k, "from");

    private bool HasKindWord(Document doc, int first, int end)
    {
        var m = new List<PhraseMatch<SourceKind>>();
        _lex.Kinds.MatchAll(doc.Text, doc.Tokens, first, end, m);
        return m.Count > 0;
    }

    private static bool IsPronoun(Document doc, int k) =>
        IsWord(doc, k, "he") || IsWord(doc, k, "she") || IsWord(doc, k, "they") || IsWord(doc, k, "it");

    private SourceKind KindOf(Document doc, Np n, ActorMention? actor)
    {
        if (actor?.Actor.Kind is ActorKind.NamedArmedGroup or ActorKind.PoliticalMilitia or ActorKind.IdentityMilitia
            or ActorKind.Rebels or ActorKind.UnidentifiedArmed or ActorKind.External)
            return SourceKind.ArmedGroup;
        var matches = new List<PhraseMatch<SourceKind>>();
        _lex.Kinds.MatchAll(doc.Text, doc.Tokens, n.First, n.End, matches);
        if (matches.Count > 0)
        {
            var best = matches[0];
            foreach (var m in matches)
                if (m.Span.Length > best.Span.Length || (m.Span.Length == best.Span.Length && m.Span.End > best.Span.End)) best = m;
            return best.Value;
        }
        return actor?.Actor.Kind switch
        {
            ActorKind.StateMilitary or ActorKind.StateOther => SourceKind.Military,
            ActorKind.StatePolice => SourceKind.Police,
            ActorKind.Civilians => SourceKind.Residents,
            ActorKind.Protesters or ActorKind.Rioters => SourceKind.CivilSociety,
            _ => SourceKind.Unknown,
        };
    }

    private bool HasAnonymousHead(Document doc, Np n)
    {
        for (int k = n.First; k < n.End; k++) if (AttributionLexicon.Has(_lex.AnonymousHeads, Word(doc, k))) return true;
        return false;
    }

    /// <summary>A proper name or an institution's actor. A capital on the sentence's first word counts only
    /// where that word is no common source noun ("Moscow denied" is named, "Residents said" is not).</summary>
    private bool IsNamed(Document doc, Sentence s, Np n, ActorMention? actor)
    {
        if (actor is { IsGeneric: false } || actor?.Actor.Kind is ActorKind.StateMilitary or ActorKind.StatePolice or ActorKind.StateOther)
            return true;
        for (int k = n.First; k < n.End; k++)
        {
            if (k == s.FirstToken && (HasKindWord(doc, k, k + 1) || actor is not null && actor.Span.Start == doc.Tokens[k].Start)) continue;
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Word && char.IsUpper(doc.Text[t.Start])) return true;
        }
        return false;
    }

    /// <summary>The token of a claim's object ("responsibility", "the attack") within three words, or -1.</summary>
    private int ClaimObject(Document doc, Sentence s, int verb)
    {
        for (int k = verb + 1; k < Math.Min(s.EndToken, verb + 4); k++)
            if (AttributionLexicon.Has(_lex.ClaimObjects, Word(doc, k))) return k;
        return -1;
    }

    /// <summary>The noun phrase ending just before the verb at <paramref name="verb"/>, or null.</summary>
    private Np? NpBefore(Document doc, Sentence s, int verb)
    {
        int j = verb - 1;
        while (j >= s.FirstToken && AttributionLexicon.Has(_lex.SkipBeforeVerb, Word(doc, j))) j--;
        int end = j + 1;
        if (end <= s.FirstToken) return null;
        if (IsPunct(doc, end - 1, ','))
        {
            // ", who asked not to be named," / ", a senior police officer," between two commas.
            for (int k = end - 2; k > Math.Max(s.FirstToken, end - 20); k--)
            {
                if (!IsPunct(doc, k, ',')) continue;
                var first = Word(doc, k + 1).ToString();
                var clauseAnon = new List<PhraseMatch<bool>>();
                _lex.Anonymity.MatchAll(doc.Text, doc.Tokens, k + 1, end - 1, clauseAnon);
                if (first is "who" or "which" || clauseAnon.Count > 0)
                    return Walk(doc, s, k);
                if (_lex.Determiners.Contains(first) && Walk(doc, s, k) is { } head)
                    return head with { End = end - 1 };
                return null;
            }
            return null;
        }
        return Walk(doc, s, end);
    }

    /// <summary>Walks back from <paramref name="end"/> (exclusive) over words until a boundary.</summary>
    private Np? Walk(Document doc, Sentence s, int end)
    {
        int j = end - 1;
        while (j >= s.FirstToken && end - j <= MaxSourceTokens + 1)
        {
            var t = doc.Tokens[j];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol) break;
            var w = Word(doc, j);
            if (AttributionLexicon.Has(_lex.StopWords, w) || _lex.TryVerb(w, out _)) break;
            j--;
            if (j + 1 == end - 1 && IsPronoun(doc, j + 1)) break;   // "a few days ago it said": the pronoun alone
        }
        int rawFirst = j + 1;
        if (end - rawFirst > MaxSourceTokens) return null;
        // "there were no immediate reports": a negated noun is no source.
        if (j >= s.FirstToken && (IsWord(doc, j, "no") || IsWord(doc, j, "any") || IsWord(doc, j, "without"))) return null;
        // "a civil society activist in the area told": a place phrase after the head is stepped over.
        // The head before the preposition is kept when it names a kind of source or the place phrase does not.
        if (j > s.FirstToken && rawFirst < end && IsPlacePreposition(doc, j) && doc.Tokens[j - 1].Kind == TokenKind.Word
            && Walk(doc, s, j) is { } head && (HasKindWord(doc, head.First, head.End) || !HasKindWord(doc, rawFirst, end)))
            return head;
        return Trim(doc, rawFirst, end);
    }

    /// <summary>The noun phrase starting at <paramref name="start"/>, or null.</summary>
    private Np? NpAfter(Document doc, Sentence s, int start)
    {
        int k = start;
        while (k < s.EndToken && k - start < MaxSourceTokens)
        {
            var t = doc.Tokens[k];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                // "Col. Diarra": a period after a short capitalised title, followed by a name.
                bool title = doc.Text[t.Start] == '.' && k > start && k + 1 < s.EndToken && doc.Tokens[k - 1].Span.Length <= 4
                             && char.IsUpper(doc.Text[doc.Tokens[k - 1].Start]) && char.IsUpper(doc.Text[doc.Tokens[k + 1].Start]);
                if (!title) break;
                k++;
                continue;
            }
            var w = Word(doc, k);
            if (AttributionLexicon.Has(_lex.StopWords, w) || _lex.TryVerb(w, out _)) break;
            // A past-tense verb ends the phrase ("a statement from MINUSCA condemned ...").
            if (k > start && w.Length > 4 && w.EndsWith("ed") && char.IsLower(w[0]) && !AttributionLexicon.Has(_lex.AdjectivesInEd, w)) break;
            k++;
        }
        return Trim(doc, start, k);
    }

    private Np? Trim(Document doc, int rawFirst, int end)
    {
        int first = rawFirst;
        while (first < end && AttributionLexicon.Has(_lex.Determiners, Word(doc, first))) first++;
        // "one of the Somali army commanders": the head is after "of".
        if (first > rawFirst && first < end && IsWord(doc, first, "of"))
        {
            first++;
            while (first < end && AttributionLexicon.Has(_lex.Determiners, Word(doc, first))) first++;
        }
        if (first == end) return null;
        return new Np(first, end, rawFirst);
    }

    private static ReadOnlySpan<char> Word(Document doc, int k) => doc.Text.AsSpan(doc.Tokens[k].Start, doc.Tokens[k].Span.Length);

    private static bool IsWord(Document doc, int k, string w) =>
        k < doc.Tokens.Count && Word(doc, k).Equals(w, StringComparison.OrdinalIgnoreCase);

    private static bool IsPunct(Document doc, int k, char c) =>
        k >= 0 && k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[k].Start] == c;
}
