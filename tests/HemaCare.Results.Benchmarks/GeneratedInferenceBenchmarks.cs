using BenchmarkDotNet.Attributes;
using HemaCare.Results.Checks;
using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// Joint inference and checks over generated quarters (stated facts made in memory, no scripts to verify), to
/// show how a store build grows with the number of quarters it holds.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class GeneratedInferenceBenchmarks
{
    private IReadOnlyList<Fact> _generated = null!;

    [Params(4, 20, 40)]
    public int Quarters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _generated = SyntheticFacts.Generate(Quarters / 4);
        var checks = Infer();
        if (checks.Count == 0 || checks.Any(c => c.Status == CheckStatus.Fail))
            throw new InvalidOperationException(
                "The generated quarters should reconcile: "
                + $"{string.Join(", ", checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Id))}");
    }

    [Benchmark]
    public IReadOnlyList<ReconciliationCheck> Infer()
    {
        var index = new FactIndex(_generated);
        var inference = JointInference.Run(index);
        foreach (var fact in inference.Derived) index.Add(fact);
        return CheckRules.Run(index, inference);
    }
}
