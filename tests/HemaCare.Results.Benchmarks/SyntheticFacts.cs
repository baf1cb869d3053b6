using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// Stated facts for a run of years, as a script would state them, generated in memory from true figures so
/// that every statement is the rounding of a consistent truth: per quarter the company, segment and program
/// revenue ($0.1M) and gross profit ($1,000) with margins (0.1%), segment revenue changes (0.1%), G&amp;A ($1,000,
/// and 1% of revenue) and net income ($1,000); per half-year and year the company's revenue and net income.
/// </summary>
internal static class SyntheticFacts
{
    private static readonly ScopeKey[] Programs =
    [
        new(Scope.BloodProducts, Scope.MaturePrograms),
        new(Scope.BloodProducts, Scope.CaliforniaMobile),
        new(Scope.BloodProducts, Scope.NewPrograms),
    ];

    private static readonly ScopeKey BloodProducts = new(Scope.BloodProducts, "");
    private static readonly ScopeKey BloodServices = new(Scope.BloodServices, "");

    public static IReadOnlyList<Fact> Generate(int years)
    {
        var random = new Random(2003);
        var facts = new List<Fact>();
        var truth = new Dictionary<(string, ScopeKey, string), decimal>();

        void State(string period, ScopeKey scope, string metric, decimal value, int decimals)
        {
            var rounded = Math.Round(value, Math.Max(decimals, 0), MidpointRounding.AwayFromZero);
            if (decimals < 0)
            {
                var unit = Interval.Pow10(-decimals);
                rounded = Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
            }
            var interval = Interval.FromRounded(rounded, decimals);
            var id = $"s-{metric.Replace('_', '-')}-{scope.Slug}-{period.ToLowerInvariant()}";
            facts.Add(new Fact(
                id, period, scope.Segment, scope.Program, metric, rounded, Metrics.Find(metric)!.Unit, decimals,
                "", Basis.Stated, "synthetic", id, null, null, [], interval.Low, interval.High));
        }

        for (var year = 2000; year < 2000 + years; year++)
        {
            decimal revenueH1 = 0, revenueFy = 0, incomeH1 = 0, incomeFy = 0;
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var period = $"{year}-Q{quarter}";
                var programRevenue = Programs.Select(_ => 500_000m + random.Next(0, 2_500_000)).ToArray();
                var programProfit = programRevenue.Select(r => r * (random.Next(-50, 200) / 1000m)).ToArray();
                var services = 1_500_000m + random.Next(0, 1_000_000);
                var servicesProfit = services * (random.Next(200, 350) / 1000m);
                var products = programRevenue.Sum();
                var productsProfit = programProfit.Sum();
                var company = products + services;
                var companyProfit = productsProfit + servicesProfit;
                var gAndA = company * (random.Next(100, 160) / 1000m);
                var income = companyProfit - gAndA;

                var scopes = Programs.Zip(programRevenue.Zip(programProfit))
                    .Append((BloodProducts, (products, productsProfit)))
                    .Append((BloodServices, (services, servicesProfit)))
                    .Append((ScopeKey.Company, (company, companyProfit)));
                foreach (var (scope, (revenue, profit)) in scopes)
                {
                    State(period, scope, Metrics.Revenue, revenue, -5);
                    State(period, scope, Metrics.GrossProfit, profit, -3);
                    State(period, scope, Metrics.GrossMarginPct, 100m * profit / revenue, 1);
                    truth[(period, scope, Metrics.Revenue)] = revenue;
                }
                foreach (var segment in new[] { BloodProducts, BloodServices })
                    if (truth.TryGetValue(($"{year - 1}-Q{quarter}", segment, Metrics.Revenue), out var prior))
                    {
                        var change = 100m * (truth[(period, segment, Metrics.Revenue)] / prior - 1);
                        State(period, segment, Metrics.RevenueChangePct, change, 1);
                    }
                State(period, ScopeKey.Company, Metrics.GAndA, gAndA, -3);
                State(period, ScopeKey.Company, Metrics.GAndAPctOfRevenue, 100m * gAndA / company, 0);
                State(period, ScopeKey.Company, Metrics.NetIncome, income, -3);

                revenueFy += company;
                incomeFy += income;
                if (quarter != 2) continue;
                (revenueH1, incomeH1) = (revenueFy, incomeFy);
            }
            State($"{year}-H1", ScopeKey.Company, Metrics.Revenue, revenueH1, -5);
            State($"{year}-H1", ScopeKey.Company, Metrics.NetIncome, incomeH1, -3);
            State($"{year}-FY", ScopeKey.Company, Metrics.Revenue, revenueFy, -5);
            State($"{year}-FY", ScopeKey.Company, Metrics.NetIncome, incomeFy, -3);
        }
        return facts;
    }
}
