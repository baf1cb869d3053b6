using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>Flows add up over time: H1 = Q1 + Q2 and FY = H1 + Q3 + Q4.</summary>
public sealed class FlowSumRule : IIdentityRule
{
    private static readonly (string Total, string[] Parts)[] Splits =
        [("H1", ["Q1", "Q2"]), ("FY", ["H1", "Q3", "Q4"])];

    public string Name => "flow_sum";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from metric in SummedMetrics.OverTime
        from scope in SummedMetrics.ScopesOf(metric)
        from year in model.Years
        from split in Splits
        let total = $"{year}-{split.Total}"
        let parts = split.Parts.Select(p => $"{year}-{p}").ToList()
        select new SumIdentity($"flow-sum-{metric}-{scope.Slug}-{total}".ToLowerInvariant(), Name, total,
            $"{scope.Label} {SummedMetrics.Lower(metric)}, {Label(total)}, "
                + $"is the sum of {string.Join(", ", parts.Select(Label))}",
            [model.Variable(total, scope, metric), .. parts.Select(p => model.Variable(p, scope, metric))]);
}
