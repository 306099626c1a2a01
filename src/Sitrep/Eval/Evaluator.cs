using System.Globalization;
using Sitrep.Output;

namespace Sitrep.Eval;

/// <summary>How one gold file scored: the scorer's verdict and notes, or why it could not be coded.</summary>
public sealed record FileScore(
    string Name, bool Ok, int Exact, int Required, int Matched, int False, int Absorbed,
    IReadOnlyList<string> Notes, string? Error = null)
{
    /// <summary>The scorer's line: "NAME: ok|SHORT E/R events exact, F false; notes".</summary>
    public string Line => Error is not null
        ? $"{Name}: {Error}"
        : $"{Name}: {(Ok ? "ok" : "SHORT")} {Exact}/{Required} events exact, {False} false{(Notes.Count > 0 ? "; " + string.Join("; ", Notes) : "")}";
}

/// <summary>Per-field counts over matched events: where the gold states it, where the coder filled it, where it is right.</summary>
public sealed record FieldScore(string Name, bool InScorer, int Gold, int Predicted, int Right)
{
    public double Precision => Predicted == 0 ? 0 : (double)Right / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Right / Gold;
}

/// <summary>The whole evaluation: per-file lines, totals as the scorer counts them, and per-field figures.</summary>
public sealed record EvalReport(
    IReadOnlyList<FileScore> Files, int GoldEvents, int PredictedEvents, int Matched, int Exact,
    IReadOnlyList<FieldScore> Fields, int PublishedChecked, int PublishedRight, int PublishedNone)
{
    public double Recall => GoldEvents == 0 ? 0 : (double)Matched / GoldEvents;
    public double Precision => PredictedEvents == 0 ? 0 : (double)Matched / PredictedEvents;
    public int FilesShort => Files.Count(f => !f.Ok);

    /// <summary>The scorer's last line, in its words.</summary>
    public string EventLine => string.Create(CultureInfo.InvariantCulture,
        $"events: recall {Recall:F2} precision {Precision:F2}, fully right {Exact}/{GoldEvents}, files short {FilesShort}/{Files.Count}");
}

/// <summary>
/// Scores coded events against gold files, one article at a time, the way ../shared/tools/score.py does:
/// required gold events each take their closest unused matching prediction; optional ones then absorb leftovers
/// (written or not, they are neither misses nor false events); what is left is false. Not thread-safe.
/// </summary>
public sealed class Evaluator
{
    private readonly List<FileScore> _files = [];
    private readonly int[] _gold = new int[FieldChecks.All.Count], _pred = new int[FieldChecks.All.Count], _right = new int[FieldChecks.All.Count];
    private int _goldEvents, _predEvents, _matched, _exact;
    private int _pubChecked, _pubRight, _pubNone;

    public FileScore Add(GoldFile gold, IReadOnlyList<EventRecord> predicted, string? name = null)
    {
        name ??= Path.GetFileName(gold.Path);
        var used = new HashSet<int>();
        var notes = new List<string>();
        int matched = 0, exact = 0, required = 0;
        foreach (var g in gold.Required)
        {
            required++;
            if (EventMatching.BestMatch(g, predicted, used) is not { } hit)
            {
                notes.Add($"{g.Label}: missed");
                continue;
            }
            used.Add(hit);
            matched++;
            var bad = new List<string>();
            for (int f = 0; f < FieldChecks.All.Count; f++)
            {
                var check = FieldChecks.All[f];
                var r = check.Check(g, predicted[hit]);
                if (!r.Scored) continue;
                _gold[f]++;
                if (r.Filled || r.Right) _pred[f]++;
                if (r.Right) _right[f]++;
                else if (check.InScorer) bad.Add(r.Note!);
            }
            if (bad.Count > 0) notes.Add($"{g.Label}: {string.Join(", ", bad)}");
            else exact++;
        }
        foreach (var g in gold.Events)
            if (g.Optional && EventMatching.BestMatch(g, predicted, used) is { } hit)
                used.Add(hit);
        int falseEvents = predicted.Count - used.Count;
        if (falseEvents > 0) notes.Add($"{falseEvents} false event(s)");
        int absorbed = used.Count - matched;
        _goldEvents += required; _predEvents += predicted.Count - absorbed; _matched += matched; _exact += exact;
        var score = new FileScore(name, exact == required && falseEvents == 0, exact, required, matched, falseEvents, absorbed, notes);
        _files.Add(score);
        return score;
    }

    /// <summary>A file the coder could not code: its required events count as missed and the file as short.</summary>
    public FileScore AddFailure(GoldFile gold, string error, string? name = null)
    {
        int required = gold.Required.Count();
        _goldEvents += required;
        var score = new FileScore(name ?? gold.Path, false, 0, required, 0, 0, 0, [], error);
        _files.Add(score);
        return score;
    }

    /// <summary>Records whether the coder, left to find the publication date itself, found the gold's.</summary>
    public void AddPublished(DateOnly? gold, DateOnly? found)
    {
        if (gold is null) return;
        _pubChecked++;
        if (found is null) _pubNone++;
        else if (found == gold) _pubRight++;
    }

    public EvalReport Report() => new(
        _files.ToArray(), _goldEvents, _predEvents, _matched, _exact,
        FieldChecks.All.Select((f, i) => new FieldScore(f.Name, f.InScorer, _gold[i], _pred[i], _right[i])).ToArray(),
        _pubChecked, _pubRight, _pubNone);
}
