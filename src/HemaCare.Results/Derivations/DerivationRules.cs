using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.Deriver;

namespace HemaCare.Results.Derivations;

/// <summary>
/// The figures the scripts imply but do not state: prior-year levels from stated changes, levels from a
/// dollar and percentage change, revenue from gross profit and margin, a segment as the company less the
/// others, missing quarters from half-year and full-year totals, margins, and the year-on-year comparisons
/// the dashboard shows. Rules run in this order; each adds only what is still unknown.
/// </summary>
public static class DerivationRules
{
    /// <summary>(level, dollar change, percentage change) triples the scripts state changes for.</summary>
    internal static readonly (string Level, string Change, string ChangePct)[] ChangeFamilies =
    [
        (Metrics.Revenue, Metrics.RevenueChange, Metrics.RevenueChangePct),
        (Metrics.GAndA, Metrics.GAndAChange, Metrics.GAndAChangePct),
        (Metrics.NetIncome, Metrics.NetIncomeChange, Metrics.NetIncomeChangePct),
    ];

    private static readonly string[] FlowMetrics = [Metrics.NetIncome, Metrics.Revenue, Metrics.GrossProfit];

    /// <summary>Metric → the comparison against the prior-year period that pages show beside it.</summary>
    private static readonly (string Metric, string Comparison, bool Relative)[] Comparisons =
    [
        (Metrics.Revenue, Metrics.RevenueChangePct, true),
        (Metrics.GrossProfit, Metrics.GrossProfitChange, false),
        (Metrics.GrossMarginPct, Metrics.GrossMarginChangePp, false),
        (Metrics.NetIncome, Metrics.NetIncomeChange, false),
        (Metrics.GAndA, Metrics.GAndAChange, false),
        (Metrics.Cash, Metrics.CashChange, false),
    ];

    public static IReadOnlyList<Fact> Derive(FactIndex index)
    {
        var d = new Deriver(index);
        LevelsFromChanges(d, index);
        RevenueFromGrossProfitAndMargin(d, index);
        SegmentAsCompanyLessOthers(d, index);
        MissingQuarters(d, index);
        MarginsFromGrossProfitAndRevenue(d, index);
        YearOnYearComparisons(d, index);
        return d.Added;
    }

    private static void LevelsFromChanges(Deriver d, FactIndex index)
    {
        foreach (var (level, change, changePct) in ChangeFamilies)
        {
            foreach (var stated in index.Primaries.Where(f => f.Metric == changePct || f.Metric == change).ToList())
            {
                var scope = ScopeKey.Of(stated);
                var period = stated.Period;
                var prior = Period.Parse(period).PriorYear.Code;
                var pct = d.Find(period, scope, changePct);
                var amount = d.Find(period, scope, change);
                var current = d.Find(period, scope, level);
                var before = d.Find(prior, scope, level);

                if (current is not null && before is null && pct is not null)
                    d.Add(prior, scope, level, Quantity.Of(current) / (1m + Quantity.Of(pct).AsFraction),
                        $"{Term(level, period)} ÷ (1 + {Term(changePct, period)} ÷ 100)", current, pct);
                else if (current is not null && before is null && amount is not null)
                    d.Add(prior, scope, level, Quantity.Of(current) - Quantity.Of(amount),
                        $"{Term(level, period)} − {Term(change, period)}", current, amount);
                else if (current is null && before is not null && pct is not null)
                    d.Add(period, scope, level, Quantity.Of(before) * (1m + Quantity.Of(pct).AsFraction),
                        $"{Term(level, prior)} × (1 + {Term(changePct, period)} ÷ 100)", before, pct);
                else if (current is null && before is not null && amount is not null)
                    d.Add(period, scope, level, Quantity.Of(before) + Quantity.Of(amount),
                        $"{Term(level, prior)} + {Term(change, period)}", before, amount);
                else if (current is null && before is null && pct is not null && amount is not null)
                {
                    d.Add(prior, scope, level, Quantity.Of(amount) / Quantity.Of(pct).AsFraction,
                        $"{Term(change, period)} ÷ ({Term(changePct, period)} ÷ 100)", amount, pct);
                    var derivedPrior = d.Find(prior, scope, level)!;
                    d.Add(period, scope, level, Quantity.Of(derivedPrior) + Quantity.Of(amount),
                        $"{Term(level, prior)} + {Term(change, period)}", derivedPrior, amount);
                }
            }
        }
    }

    private static void RevenueFromGrossProfitAndMargin(Deriver d, FactIndex index)
    {
        foreach (var margin in index.Primaries.Where(f => f.Metric == Metrics.GrossMarginPct).ToList())
        {
            var scope = ScopeKey.Of(margin);
            var profit = d.Find(margin.Period, scope, Metrics.GrossProfit);
            if (profit is null || margin.Value == 0) continue;
            d.Add(margin.Period, scope, Metrics.Revenue, Quantity.Of(profit) / Quantity.Of(margin).AsFraction,
                $"{Term(Metrics.GrossProfit, margin.Period)} ÷ ({Term(Metrics.GrossMarginPct, margin.Period)} ÷ 100)", profit, margin);
        }
    }

    private static void SegmentAsCompanyLessOthers(Deriver d, FactIndex index)
    {
        foreach (var metric in new[] { Metrics.Revenue, Metrics.GrossProfit })
        {
            foreach (var company in index.Primaries.Where(f => f.Metric == metric && f.IsCompany).ToList())
            {
                var segments = Scope.Segments.Select(s => (Segment: s, Fact: d.Find(company.Period, new ScopeKey(s, ""), metric))).ToList();
                var missing = segments.Where(s => s.Fact is null).ToList();
                if (missing.Count != 1) continue;
                var known = segments.Where(s => s.Fact is not null).Select(s => s.Fact!).ToList();
                var result = known.Aggregate(Quantity.Of(company), (acc, f) => acc - Quantity.Of(f));
                var others = string.Join(" − ", known.Select(f => $"{f.Segment} {Term(metric, f.Period)}"));
                d.Add(company.Period, new ScopeKey(missing[0].Segment, ""), metric, result,
                    $"company {Term(metric, company.Period)} − {others}", [company, .. known]);
            }
        }
    }

    private static void MissingQuarters(Deriver d, FactIndex index)
    {
        foreach (var metric in FlowMetrics)
        {
            var years = index.Primaries.Where(f => f.Metric == metric).Select(f => (Period.Parse(f.Period).Year, ScopeKey.Of(f))).Distinct().ToList();
            foreach (var (year, scope) in years)
            {
                Fact? F(string suffix) => d.Find($"{year}-{suffix}", scope, metric);
                string T(string suffix) => Term(metric, $"{year}-{suffix}");
                if (F("H1") is { } h1 && F("Q2") is { } q2 && F("Q1") is null)
                    d.Add($"{year}-Q1", scope, metric, Quantity.Of(h1) - Quantity.Of(q2), $"{T("H1")} − {T("Q2")}", h1, q2);
                if (F("H1") is { } h1b && F("Q1") is { } q1 && F("Q2") is null)
                    d.Add($"{year}-Q2", scope, metric, Quantity.Of(h1b) - Quantity.Of(q1), $"{T("H1")} − {T("Q1")}", h1b, q1);
                if (F("FY") is { } fy && F("H1") is { } h && F("Q4") is { } q4 && F("Q3") is null)
                    d.Add($"{year}-Q3", scope, metric, Quantity.Of(fy) - Quantity.Of(h) - Quantity.Of(q4), $"{T("FY")} − {T("H1")} − {T("Q4")}", fy, h, q4);
                if (F("FY") is { } fy2 && F("H1") is { } h2 && F("Q3") is { } q3 && F("Q4") is null)
                    d.Add($"{year}-Q4", scope, metric, Quantity.Of(fy2) - Quantity.Of(h2) - Quantity.Of(q3), $"{T("FY")} − {T("H1")} − {T("Q3")}", fy2, h2, q3);
            }
        }
    }

    private static void MarginsFromGrossProfitAndRevenue(Deriver d, FactIndex index)
    {
        foreach (var profit in index.Primaries.Where(f => f.Metric == Metrics.GrossProfit).ToList())
        {
            var scope = ScopeKey.Of(profit);
            var revenue = d.Find(profit.Period, scope, Metrics.Revenue);
            if (revenue is null || revenue.Value <= 0) continue;
            d.Add(profit.Period, scope, Metrics.GrossMarginPct, Quantity.Of(profit) / Quantity.Of(revenue) * 100m,
                $"{Term(Metrics.GrossProfit, profit.Period)} ÷ {Term(Metrics.Revenue, profit.Period)} × 100", profit, revenue);
        }
    }

    private static void YearOnYearComparisons(Deriver d, FactIndex index)
    {
        foreach (var (metric, comparison, relative) in Comparisons)
        {
            foreach (var current in index.Primaries.Where(f => f.Metric == metric).ToList())
            {
                var scope = ScopeKey.Of(current);
                var prior = Period.Parse(current.Period).PriorYear.Code;
                if (d.Find(prior, scope, metric) is not { } before) continue;
                if (relative && before.Value > 0)
                    d.Add(current.Period, scope, comparison, (Quantity.Of(current) / Quantity.Of(before) - 1m) * 100m,
                        $"({Term(metric, current.Period)} ÷ {Term(metric, prior)} − 1) × 100", current, before);
                else if (!relative)
                    d.Add(current.Period, scope, comparison, Quantity.Of(current) - Quantity.Of(before),
                        $"{Term(metric, current.Period)} − {Term(metric, prior)}", current, before);
            }
        }
    }
}
