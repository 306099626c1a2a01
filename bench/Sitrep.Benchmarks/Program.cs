using Sitrep.Benchmarks;

// Modes: "ingest [N] [--pg CONNECTION]" measures ingest throughput on N generated stories;
// "generate FOLDER [N]" writes the stories, e.g. to time the CLI itself.
var mode = args.FirstOrDefault() ?? "";
switch (mode)
{
    case "ingest":
        return IngestBenchmark.Run(args.Skip(1).ToArray());
    case "code":
        return IngestBenchmark.CodeOnly(args.Length > 1 ? int.Parse(args[1]) : 10_000);
    case "generate" when args.Length >= 2:
        WireStoryGenerator.Write(args[1], args.Length > 2 ? int.Parse(args[2]) : 10_000);
        return 0;
    default:
        Console.Error.WriteLine("usage: Sitrep.Benchmarks ingest [N] [--pg CONNECTION-STRING] | generate FOLDER [N]");
        return 2;
}
