using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: BenchmarkDotNet's generated project cannot restore here (the feed lacks
// Microsoft.Extensions.Validation, which this project prunes through its FrameworkReference).
// Median alongside the mean: the development machine is shared and noisy.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .AddColumn(StatisticColumn.Median);
// With no arguments, run every benchmark rather than asking which (the switcher's prompt needs a terminal).
BenchmarkSwitcher.FromAssembly(typeof(HemaCare.Results.Benchmarks.RenderBenchmarks).Assembly)
    .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
