using BenchmarkDotNet.Attributes;
using HemaCare.Results.Sources;
using HemaCare.Results.Store;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// Reading a call script (folding its white space and finding every numeric mention) at the seed size limit
/// and at a tenth of it: time and allocation should grow tenfold, not a hundredfold. The text is the Q2 2003
/// script repeated, so it has the real density of figures.
/// </summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    private string _text = "";

    [Params(104_857, 1_048_576)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "hemacare-2003-q2-call-script.txt"));
        _text = string.Concat(Enumerable.Repeat(script, Characters / script.Length + 1))[..Characters];
        if (StoreInputs.MaxSeedBytes != 1_048_576)
            throw new InvalidOperationException("The seed limit changed; update Characters.");
    }

    [Benchmark]
    public int ReadScript()
    {
        var document = new SourceDocument("benchmark", _text);
        return document.Mentions.Count + document.LineOf(document.Mentions[^1].Start);
    }
}
