using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>
/// A segment's top-level programs add up to the segment: revenue, gross profit and their changes. Sherman Oaks
/// is part of the mature programs, so it is not a summand.
/// </summary>
public sealed class ProgramsSumRule : IIdentityRule
{
    public string Name => "programs_sum";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from segment in Segments
        let programs = TopLevelPrograms(segment.Segment)
        where programs.Count > 0
        from period in model.Durations
        from identity in SummedMetrics.SumWithChange(
            model, (metric, p) => $"programs-sum-{metric}-{segment.Slug}-{p}", Name, period, segment, programs,
            metric => $"{segment.Segment} programs' {SummedMetrics.Lower(metric)} sums to the segment's, "
                + Label(period))
        select identity;
}
