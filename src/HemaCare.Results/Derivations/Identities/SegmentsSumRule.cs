using HemaCare.Results.Facts;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>The segments add up to the company: revenue, gross profit and their changes.</summary>
public sealed class SegmentsSumRule : IIdentityRule
{
    public string Name => "segments_sum";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from period in model.Durations
        from identity in SummedMetrics.SumWithChange(
            model, (metric, p) => $"segments-sum-{metric}-{p}", Name, period, ScopeKey.Company, [.. Segments],
            metric => $"Segments' {SummedMetrics.Lower(metric)} sums to the company's, {Label(period)}")
        select identity;
}
