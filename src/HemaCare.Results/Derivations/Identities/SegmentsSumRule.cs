using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>The segments add up to the company: revenue, gross profit and their changes.</summary>
public sealed class SegmentsSumRule : IIdentityRule
{
    public string Name => "segments_sum";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from period in model.Durations
        from metric in SummedMetrics.OverScopes
        select new SumIdentity($"segments-sum-{metric}-{period}".ToLowerInvariant(), Name, period,
            $"Segments' {SummedMetrics.Lower(metric)} sums to the company's, {Label(period)}",
            [model.Variable(period, ScopeKey.Company, metric), .. Segments.Select(s => model.Variable(period, s, metric))]);
}
