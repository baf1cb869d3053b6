using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>Figures that add up over scopes and over time, and the change families the scripts state.</summary>
internal static class SummedMetrics
{
    /// <summary>Add up from programs to segments to the company, with the change each one's sum implies.</summary>
    public static readonly (string Level, string Change)[] OverScopes =
        [(Metrics.Revenue, Metrics.RevenueChange), (Metrics.GrossProfit, Metrics.GrossProfitChange)];

    /// <summary>Flows: a half-year is its quarters, a year its first half and last two quarters.</summary>
    public static readonly string[] OverTime = [Metrics.Revenue, Metrics.GrossProfit, Metrics.GAndA, Metrics.NetIncome];

    /// <summary>Level, dollar change and any percentage change; <see cref="ScopesOf"/> says for which scopes.</summary>
    public static readonly (string Level, string Change, string? ChangePct)[] ChangeFamilies =
    [
        (Metrics.Revenue, Metrics.RevenueChange, Metrics.RevenueChangePct),
        (Metrics.GrossProfit, Metrics.GrossProfitChange, null),
        (Metrics.GAndA, Metrics.GAndAChange, Metrics.GAndAChangePct),
        (Metrics.NetIncome, Metrics.NetIncomeChange, Metrics.NetIncomeChangePct),
    ];

    public static IEnumerable<ScopeKey> ScopesOf(string metric) =>
        metric is Metrics.GAndA or Metrics.NetIncome ? [ScopeKey.Company] : InferenceModel.Scopes;

    public static string Lower(string metric) => FigureKey.MetricWords(metric);

    public static string ChangeId(string change, ScopeKey scope, string period) =>
        $"change-{change}-{scope.Slug}-{period}".ToLowerInvariant();

    /// <summary>
    /// total = Σ parts for a level, in the period and a year earlier, and for its change: the change identity
    /// follows from the two level identities and each figure's change = level − prior-year level.
    /// </summary>
    public static IEnumerable<Identity> SumWithChange(
        InferenceModel model, Func<string, string, string> id, string rule, string period, ScopeKey total,
        IReadOnlyList<ScopeKey> parts, Func<string, string> description)
    {
        string Id(string metric, string p) => id(metric, p).ToLowerInvariant();
        IReadOnlyList<int> Variables(string metric, string p) =>
            [model.Variable(p, total, metric), .. parts.Select(s => model.Variable(p, s, metric))];
        foreach (var (level, change) in OverScopes)
        {
            yield return new SumIdentity(Id(level, period), rule, period, description(level), Variables(level, period));
            var prior = model.PriorYear(period);
            if (prior is null) continue;
            var changes = parts.Prepend(total).Select(s => ChangeId(change, s, period));
            yield return new SumIdentity(
                Id(change, period), rule, period, description(change), Variables(change, period))
            {
                Premises = [Id(level, period), Id(level, prior), .. changes],
            };
        }
    }
}
