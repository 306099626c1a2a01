using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;

// One small switch: each mode lives in its own file (CodeBenchmark.cs, ...). "bdn" hands the rest of the
// arguments to BenchmarkDotNet, for micro-benchmark classes kept in this project.
const string Usage = "usage: Sitrep.Benchmarks code [--seconds N] [--threads N] | bdn [BenchmarkDotNet arguments]";
if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
return args[0] switch
{
    "code" => CodeBenchmark.Run(args[1..]),
    "bdn" => RunBdn(args[1..]),
    _ => Fail($"unknown mode '{args[0]}'. {Usage}"),
};

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
