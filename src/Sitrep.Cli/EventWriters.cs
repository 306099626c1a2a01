using Sitrep.Output;

namespace Sitrep.Cli;

internal static class EventWriters
{
    public static void Write(string format, IReadOnlyList<EventRecord> events, TextWriter output)
    {
        if (format == "table") TableWriter.Write(events);
        else Output.EventWriters.Write(format, events, output);
    }
}
