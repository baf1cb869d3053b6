using BenchmarkDotNet.Attributes;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// What a store build from the repository's two scripts costs with joint inference: reading and verifying every
/// facts row against its script, inference and checks; and the SQLite write of the result.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class ScriptInferenceBenchmarks
{
    private FactSource _source = null!;
    private ImportResult _import = null!;
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = RepositoryPaths.Source;
        _import = FactsImport.Run(_source);
        _folder = Directory.CreateTempSubdirectory("hemacare-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Read and verify every facts row, infer, check (no SQLite).</summary>
    [Benchmark]
    public ImportResult Import() => FactsImport.Run(_source);

    /// <summary>The import written to a new SQLite store file.</summary>
    [Benchmark]
    public void StoreWrite() => new StoreFile(Path.Combine(_folder, "store.db")).Write(_import, "benchmark");
}
