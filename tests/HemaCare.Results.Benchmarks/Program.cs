using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: BenchmarkDotNet's generated project cannot restore here (the feed lacks
// Microsoft.Extensions.Validation, which this project prunes through its FrameworkReference).
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(HemaCare.Results.Benchmarks.RenderBenchmarks).Assembly).Run(args, config);
