namespace Sitrep.Recognize.Actors;

/// <summary>A data file of actors is malformed. The message names the file, the line and the key.</summary>
public sealed class ActorDataException(string file, int line, string? key, string problem)
    : Exception($"{file} line {line}{(key is null ? "" : $", key '{key}'")}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string? Key { get; } = key;
}
