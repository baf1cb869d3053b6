using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>Figures that add up over scopes and over time, and the change families the scripts state.</summary>
internal static class SummedMetrics
{
    /// <summary>Add up from programs to segments to the company (a change of a sum is the sum of the changes).</summary>
    public static readonly string[] OverScopes =
        [Metrics.Revenue, Metrics.GrossProfit, Metrics.RevenueChange, Metrics.GrossProfitChange];

    /// <summary>Flows: a half-year is its quarters, a year its first half and last two quarters.</summary>
    public static readonly string[] OverTime = [Metrics.Revenue, Metrics.GrossProfit, Metrics.GAndA, Metrics.NetIncome];

    /// <summary>Level, dollar change and (where the scripts give one) percentage change, for every scope or the company only.</summary>
    public static readonly (string Level, string Change, string? ChangePct, bool EveryScope)[] ChangeFamilies =
    [
        (Metrics.Revenue, Metrics.RevenueChange, Metrics.RevenueChangePct, true),
        (Metrics.GrossProfit, Metrics.GrossProfitChange, null, true),
        (Metrics.GAndA, Metrics.GAndAChange, Metrics.GAndAChangePct, false),
        (Metrics.NetIncome, Metrics.NetIncomeChange, Metrics.NetIncomeChangePct, false),
    ];

    public static IEnumerable<ScopeKey> ScopesOf(string metric) =>
        metric is Metrics.GAndA or Metrics.NetIncome ? [ScopeKey.Company] : InferenceModel.Scopes;

    public static string Lower(string metric) => FigureKey.MetricWords(metric);
}
