using Sitrep.Pipeline;

namespace Sitrep.Cli;

internal static class Cli
{
    /// <summary>Prints a one-line error and returns the exit code for it.</summary>
    public static int Fail(string message, int code = 1)
    {
        Console.Error.WriteLine($"sitrep: {message}");
        return code;
    }

    private static Coder? _coder;
    public static Coder DefaultCoder() => _coder ??= new CoderBuilder().Build();
}
