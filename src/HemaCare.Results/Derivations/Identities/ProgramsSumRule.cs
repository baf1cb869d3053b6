using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>
/// A segment's top-level programs add up to the segment. Sherman Oaks is part of the mature programs, so it is
/// not a summand.
/// </summary>
public sealed class ProgramsSumRule : IIdentityRule
{
    public string Name => "programs_sum";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from segment in Segments
        let programs = TopLevelPrograms(segment.Segment)
        where programs.Count > 0
        from period in model.Durations
        from metric in SummedMetrics.OverScopes
        select new SumIdentity($"programs-sum-{metric}-{segment.Slug}-{period}".ToLowerInvariant(), Name, period,
            $"{segment.Segment} programs' {SummedMetrics.Lower(metric)} sums to the segment's, {Label(period)}",
            [model.Variable(period, segment, metric), .. programs.Select(p => model.Variable(period, p, metric))]);
}
