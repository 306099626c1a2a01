using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>
/// One step of the pipeline over a <see cref="Document"/>. Stages hold only immutable shared data
/// (lexicons, gazetteer), so one stage instance serves every thread.
/// </summary>
public interface IStage
{
    /// <summary>A stable name, used in errors and configuration.</summary>
    string Name { get; }
    void Run(Document document);
}
