using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;

// One small switch: each mode lives in its own file (CodeBenchmark.cs, IngestBenchmark.cs, ...). "bdn" hands
// the rest of the arguments to BenchmarkDotNet, for micro-benchmark classes kept in this project.
const string Usage = "usage: Sitrep.Benchmarks code [--seconds N] [--threads N] | ingest [N] [--pg CONNECTION-STRING] | gazetteer [--file PATH] [--seconds N] | serve [--events N] [--clients C] [--seconds S] | generate FOLDER [N] | bdn [BenchmarkDotNet arguments]";
if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
return args[0] switch
{
    "code" => CodeBenchmark.Run(args[1..]),
    "ingest" => IngestBenchmark.Run(args[1..]),
    "gazetteer" => GazetteerBenchmark.Run(args[1..]),
    "serve" => ServeBenchmark.Run(args[1..]),
    "generate" when args.Length >= 2 => Generate(args[1], args.Length > 2 ? int.Parse(args[2]) : 10_000),
    "bdn" => RunBdn(args[1..]),
    _ => Fail($"unknown mode '{args[0]}'. {Usage}"),
};

static int Generate(string folder, int n)
{
    WireStoryGenerator.Write(folder, n);
    return 0;
}

static int RunBdn(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(CodeBenchmark).Assembly).Run(rest);
    return 0;
}

static int Fail(string message)
{
    Console.Error.WriteLine($"bench: {message}");
    return 2;
}
