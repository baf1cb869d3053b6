using HemaCare.Results.Facts;
using Xunit.Abstractions;

namespace HemaCare.Results.Tests.Derivations;

public class DerivedFactsTests(ITestOutputHelper output)
{
    private static readonly Lazy<ImportResult> Import = new(() => FactsImport.Run(RepositoryPaths.Source));

    private static FactIndex Index => new(Import.Value.Facts);

    private static Fact Find(string period, string segment, string program, string metric) =>
        Index.Find(period, segment, program, metric)
        ?? throw new Xunit.Sdk.XunitException($"no {metric} for {period} {segment}/{program}");

    [Fact]
    public void Dump()
    {
        foreach (var f in Import.Value.Facts.Where(f => f.Basis == Basis.Derived))
            output.WriteLine($"{f.Id} {f.Value} [{f.Low}, {f.High}] d={f.Decimals} :: {f.Formula} <- {string.Join(", ", f.Inputs)}");
        foreach (var c in Import.Value.Checks)
            output.WriteLine($"{c.Status} {c.Id} {c.Expected} {c.Computed} {string.Join(",", c.FactIds)}");
    }
}
