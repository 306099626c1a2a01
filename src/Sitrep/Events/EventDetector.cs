using Sitrep.Pipeline;
using Sitrep.Recognize.Dates;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// Marks the words that signal events (triggers) and reads each story sentence's modality: does it tell an
/// event that happened, or background, history, a threat, a denial, or a reaction to a report? Cue words
/// count only where they govern the trigger (before it, within a few words), so "police said, accusing
/// militants" keeps the killing it reports while "the UN was shocked by reports of an attack" is not an event.
/// </summary>
public sealed class EventDetector : IStage
{
    /// <summary>How far (in tokens) before a trigger a modal or negation cue still governs it.</summary>
    private const int CueReach = 6;
    /// <summary>Dates older than this before publication are history, not news.</summary>
    private const int HistoryDays = 30;

    private readonly EventLexicon _lex;

    public EventDetector() : this(EventLexicon.Default) { }
    internal EventDetector(EventLexicon lexicon) => _lex = lexicon;

    public string Name => "events";

    public void Run(Document doc)
    {
        if (doc.Language != "en") return;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Role is not (LineRole.Body or LineRole.Standfirst or LineRole.Headline)) continue;
            var triggers = new List<TriggerMention>();
            // Words inside a name or a date are not triggers: "riot police" are police, "March 31" is a day.
            // A crowd's own name is evidence of the crowd ("protesters", "a mob"), other names are not ("riot police").
            var taken = doc.MentionsIn<Recognize.Actors.ActorMention>(sentence)
                .Where(m => m.Actor.Kind is not (Recognize.Actors.ActorKind.Protesters or Recognize.Actors.ActorKind.Rioters)).Select(m => m.Span)
                .Concat(doc.MentionsIn<DateMention>(sentence).Select(m => m.Span)).ToList();
            foreach (var (tok, len, family) in _lex.Triggers.Matches(doc, sentence.FirstToken, sentence.EndToken))
            {
                var span = new TextSpan(doc.Tokens[tok].Start, doc.Tokens[tok + len - 1].End);
                if (doc.Dateline is { } dl && dl.Overlaps(span)) continue; // the outlet's name is not the story
                if (taken.Any(t => t.Overlaps(span) && !t.Contains(span) || t.Contains(span) && family is TriggerFamily.Riot or TriggerFamily.Protest or TriggerFamily.Abduction)) continue;
                if (Negated(doc, tok, sentence)) continue;
                if (family == TriggerFamily.Abduction && Freed(doc, tok, sentence))
                {
                    // "police released four kidnapped people": freeing captives by force is a security operation.
                    if (doc.MentionsIn<Recognize.Actors.ActorMention>(sentence).Any(a => a.Actor.Kind is Recognize.Actors.ActorKind.StatePolice or Recognize.Actors.ActorKind.StateMilitary))
                        triggers.Add(new TriggerMention(span, TriggerFamily.Clash));
                    continue;
                }
                triggers.Add(new TriggerMention(span, family));
            }
            doc.Mentions.AddRange(triggers);
            if (sentence.Role != LineRole.Headline) doc.Mentions.Add(ReadModality(doc, sentence, triggers));
        }
    }

    private SentenceModalityMention ReadModality(Document doc, Sentence sentence, List<TriggerMention> triggers)
    {
        bool startsNew = false;
        foreach (var (tok, _, cue) in _lex.Separators.Matches(doc, sentence.FirstToken, Math.Min(sentence.EndToken, sentence.FirstToken + 8)))
        {
            startsNew = true;
            _ = tok; _ = cue;
            break;
        }

        // A recent, day-precise event date keeps a sentence in the news even when it has background words.
        bool recentDay = false, history = false;
        string? historyWhy = null;
        foreach (var d in doc.MentionsIn<DateMention>(sentence))
        {
            if (d.IsReportDate) continue;
            if (d.Kind == DateKind.Since) { history = true; historyWhy ??= $"'{doc.Slice(d.Span)}' (since)"; continue; }
            if (d.Latest is not { } latest || doc.Published is not { } pub) continue;
            if (latest < pub.AddDays(-HistoryDays)) { history = true; historyWhy ??= $"'{doc.Slice(d.Span)}' is long before publication"; }
            else if (d.Precision is TimePrecision.Day or TimePrecision.Week) recentDay = true;
        }

        int firstTrigger = triggers.Count == 0 ? int.MaxValue : triggers.Min(t => t.Span.Start);
        // A count of victims outweighs a "not" inside a clause ("all of those who didn't die were taken prisoner");
        // a denial does not.
        var counts = doc.MentionsIn<Recognize.Quantities.CasualtyMention>(sentence).ToList();
        bool counted = counts.Count > 0;
        int firstCount = counted ? counts.Min(c => c.Span.Start) : int.MaxValue;
        SentenceModalityMention? verdict = null;
        foreach (var (tok, len, modality) in _lex.ModalityCues.Matches(doc, sentence.FirstToken, sentence.EndToken))
        {
            if (verdict is not null) { doc.Mentions.Add(new CueMention(new TextSpan(doc.Tokens[tok].Start, doc.Tokens[tok + len - 1].End), modality)); continue; }
            var cueSpan = new TextSpan(doc.Tokens[tok].Start, doc.Tokens[tok + len - 1].End);
            if (doc.Dateline is { } dl && dl.Overlaps(cueSpan)) continue; // "(Plateau Daily Mirror) -"
            string cue = doc.Slice(cueSpan);
            doc.Mentions.Add(new CueMention(cueSpan, modality));
            switch (modality)
            {
                case Modality.Background when !recentDay && !InRelativeClause(doc, sentence, cueSpan):
                    verdict = new SentenceModalityMention(sentence.Span, Modality.Background, $"'{cue}'", startsNew);
                    break;
                case Modality.Hypothetical or Modality.Negated when Governs(doc, tok, firstTrigger, sentence) &&
                                                                     (!counted || cue.StartsWith("den", StringComparison.OrdinalIgnoreCase)):
                    verdict = new SentenceModalityMention(sentence.Span, modality, $"'{cue}' before the trigger", startsNew);
                    break;
                case Modality.Summary:
                    verdict = new SentenceModalityMention(sentence.Span, Modality.Summary, $"'{cue}': sums up incidents told apart", startsNew);
                    break;
                case Modality.ReportOnly when cueSpan.Start < firstTrigger && cueSpan.Start < firstCount:
                    verdict = new SentenceModalityMention(sentence.Span, Modality.ReportOnly, $"'{cue}'", startsNew);
                    break;
            }
        }
        if (verdict is not null) return verdict;
        if (history && !recentDay)
            return new SentenceModalityMention(sentence.Span, Modality.History, historyWhy!, startsNew);
        return new SentenceModalityMention(sentence.Span, Modality.Asserted, triggers.Count > 0 ? "trigger" : "no trigger", startsNew);
    }

    private static bool Freed(Document doc, int token, Sentence sentence)
    {
        for (int k = token - 1; k >= Math.Max(sentence.FirstToken, token - 4); k--)
            if (doc.Slice(doc.Tokens[k].Span).ToLowerInvariant() is "released" or "freed" or "rescued" or "liberated" or "release" or "rescue") return true;
        return false;
    }

    /// <summary>
    /// A background word inside a relative clause ("blamed al-Shabaab, the group that has carried out frequent
    /// attacks") describes an actor or a place, not the sentence's own news.
    /// </summary>
    private static bool InRelativeClause(Document doc, Sentence sentence, TextSpan cue)
    {
        var head = doc.Text.Substring(sentence.Span.Start, cue.Start - sentence.Span.Start);
        foreach (var pronoun in RelativePronouns)
        {
            int at = head.IndexOf(pronoun, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            // "analysts say (...) that it continues to plan attacks": a that-clause after a verb of saying is the news.
            if (pronoun == " that " && ComplementVerbs.Contains(LastWord(head[..at]))) continue;
            return true;
        }
        return false;
    }

    private static string LastWord(string text)
    {
        var t = text.TrimEnd(' ', ',');
        int sp = t.LastIndexOf(' ');
        return (sp < 0 ? t : t[(sp + 1)..]).ToLowerInvariant();
    }

    private static readonly HashSet<string> ComplementVerbs =
        ["say", "says", "said", "added", "adding", "noted", "warned", "believe", "believes", "claimed", "reported", "stated", "and",
         "know", "knows", "think", "thinks", "argue", "argued", "fear", "fears", "feared", "insist", "insisted", "suggest", "suggests"];

    private static readonly string[] RelativePronouns = [" that ", ", which ", " which ", ", who ", " who ", ", where ", " whose ", ", as ", " as they ", " as it ", " as the ", ", the ", ", a ", ", an "];

    /// <summary>"no" or "without" up to three words before the trigger ("made no arrests", "no civilians were killed").</summary>
    private bool Negated(Document doc, int token, Sentence sentence)
    {
        for (int k = token - 1; k >= Math.Max(sentence.FirstToken, token - 3); k--)
            if (_lex.LocalNegation.Contains(doc.Slice(doc.Tokens[k].Span))) return true;
        return false;
    }

    /// <summary>The cue at token <paramref name="cueToken"/> stands before the first trigger, within reach.</summary>
    private static bool Governs(Document doc, int cueToken, int firstTriggerStart, Sentence sentence)
    {
        if (firstTriggerStart == int.MaxValue) return true;
        int t = cueToken;
        int steps = 0;
        while (t < sentence.EndToken && doc.Tokens[t].Start < firstTriggerStart) { t++; steps++; }
        return doc.Tokens[cueToken].Start < firstTriggerStart && steps <= CueReach;
    }
}
