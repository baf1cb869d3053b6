using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Checks;

/// <summary>
/// The reconciliations the scripts allow: programs sum to their segment, segments to the company, margins,
/// changes and G&amp;A ratios agree with the figures they join, parts of a stated total add up, and a figure
/// stated twice agrees. A check is skipped when the figure it tests was itself used to derive the other
/// side (it would only test the arithmetic).
/// </summary>
public static class CheckRules
{
    private static readonly string[] SummedMetrics = [Metrics.Revenue, Metrics.GrossProfit];

    /// <summary>Totals the scripts break into stated parts.</summary>
    private static readonly (string Total, string[] Parts)[] Components =
    [
        (Metrics.NonRecurringItems, [Metrics.SupplementalTestingRevenue, Metrics.LeaseTerminationBenefit]),
    ];

    public static IReadOnlyList<ReconciliationCheck> Run(FactIndex index)
    {
        var checks = new List<ReconciliationCheck>();
        void Add(string id, string rule, Fact expected, Quantity computed, string description, IEnumerable<Fact> parts)
        {
            var inputs = parts.ToList();
            if (inputs.Any(p => index.StatedRoots(p).Overlaps(index.StatedRoots(expected)))) return;
            var status = expected.Interval.Overlaps(computed.Range) ? CheckStatus.Pass : CheckStatus.Fail;
            checks.Add(new ReconciliationCheck(id, rule, expected.Period, description, status, expected.Interval, computed.Range,
                [expected.Id, .. inputs.Select(p => p.Id)]));
        }

        foreach (var total in index.Primaries.Where(f => SummedMetrics.Contains(f.Metric)).ToList())
        {
            var label = Metrics.LabelOf(total.Metric).ToLowerInvariant();
            if (total.IsCompany)
            {
                var segments = Scope.Segments.Select(s => index.Find(total.Period, s, "", total.Metric)).ToList();
                if (segments.All(s => s is not null))
                    Add($"segments-sum-{total.Metric}-{total.Period}".ToLowerInvariant(), "segments_sum", total,
                        segments.Aggregate(Quantity.Exact(0), (acc, s) => acc + Quantity.Of(s!)),
                        $"Segments' {label} sums to the company's, {Period.LabelOf(total.Period)}", segments!);
            }
            else if (total.Program.Length == 0)
            {
                var programs = Scope.Programs.Where(p => p.Segment == total.Segment && p.IsTopLevel)
                    .Select(p => index.Find(total.Period, total.Segment, p.Name, total.Metric)).ToList();
                if (programs.Count > 0 && programs.All(p => p is not null))
                    Add($"programs-sum-{total.Metric}-{ScopeKey.Of(total).Slug}-{total.Period}".ToLowerInvariant(), "programs_sum", total,
                        programs.Aggregate(Quantity.Exact(0), (acc, p) => acc + Quantity.Of(p!)),
                        $"{total.Segment} programs' {label} sums to the segment's, {Period.LabelOf(total.Period)}", programs!);
            }
        }

        foreach (var margin in index.Primaries.Where(f => f.Metric == Metrics.GrossMarginPct && f.Basis == Basis.Stated).ToList())
        {
            var scope = ScopeKey.Of(margin);
            if (index.Find(margin.Period, scope, Metrics.GrossProfit) is { } profit
                && index.Find(margin.Period, scope, Metrics.Revenue) is { } revenue)
                Add($"gross-margin-{scope.Slug}-{margin.Period}".ToLowerInvariant(), "gross_margin", margin,
                    Quantity.Of(profit) / Quantity.Of(revenue) * 100m,
                    $"{scope.Label} gross margin % = gross profit ÷ revenue, {Period.LabelOf(margin.Period)}", [profit, revenue]);
        }

        foreach (var (level, change, changePct) in DerivationRules.ChangeFamilies)
        {
            foreach (var stated in index.Primaries.Where(f => f.Basis == Basis.Stated && (f.Metric == change || f.Metric == changePct)).ToList())
            {
                var scope = ScopeKey.Of(stated);
                var prior = Period.Parse(stated.Period).PriorYear.Code;
                if (index.Find(stated.Period, scope, level) is not { } current || index.Find(prior, scope, level) is not { } before) continue;
                var computed = stated.Metric == change
                    ? Quantity.Of(current) - Quantity.Of(before)
                    : (Quantity.Of(current) / Quantity.Of(before) - 1m) * 100m;
                Add($"change-{stated.Metric}-{scope.Slug}-{stated.Period}".ToLowerInvariant(), "change", stated, computed,
                    $"{scope.Label} {Metrics.LabelOf(stated.Metric).ToLowerInvariant()} agrees with {Metrics.LabelOf(level).ToLowerInvariant()} in {Period.LabelOf(stated.Period)} against {Period.LabelOf(prior)}",
                    [current, before]);
            }
        }

        foreach (var ratio in index.Primaries.Where(f => f.Metric == Metrics.GAndAPctOfRevenue && f.Basis == Basis.Stated).ToList())
        {
            var scope = ScopeKey.Of(ratio);
            if (index.Find(ratio.Period, scope, Metrics.GAndA) is { } ga && index.Find(ratio.Period, scope, Metrics.Revenue) is { } revenue)
                Add($"g-and-a-ratio-{scope.Slug}-{ratio.Period}".ToLowerInvariant(), "g_and_a_ratio", ratio,
                    Quantity.Of(ga) / Quantity.Of(revenue) * 100m,
                    $"G&A as % of revenue = G&A ÷ revenue, {Period.LabelOf(ratio.Period)}", [ga, revenue]);
        }

        foreach (var (totalMetric, partMetrics) in Components)
        {
            foreach (var total in index.Primaries.Where(f => f.Metric == totalMetric).ToList())
            {
                var parts = partMetrics.Select(m => index.Find(total.Period, ScopeKey.Of(total), m)).ToList();
                if (parts.All(p => p is not null))
                    Add($"components-{totalMetric}-{total.Period}".ToLowerInvariant(), "components", total,
                        parts.Aggregate(Quantity.Exact(0), (acc, p) => acc + Quantity.Of(p!)),
                        $"{Metrics.LabelOf(totalMetric)} equal the sum of the items named, {Period.LabelOf(total.Period)}", parts!);
            }
        }

        foreach (var group in index.Restatements)
        {
            var first = group.First();
            foreach (var again in group.Skip(1))
                checks.Add(new ReconciliationCheck($"restated-{again.Id}", "restated", again.Period,
                    $"{ScopeKey.Of(again).Label} {Metrics.LabelOf(again.Metric).ToLowerInvariant()}, {Period.LabelOf(again.Period)}, {(again.Document == first.Document ? "stated twice in one script" : "stated in both scripts")}: the statements agree",
                    again.Interval.Overlaps(first.Interval) ? CheckStatus.Pass : CheckStatus.Fail,
                    first.Interval, again.Interval, [first.Id, again.Id]));
        }

        return [.. checks.OrderBy(c => c.Status == CheckStatus.Pass).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }
}
