using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// The change of a figure between two periods, as a table cell. Against the same period a year earlier the
/// store's own change is used where there is one (the scripts state many, and derived ones carry their
/// formula); otherwise the change is computed here from the two levels' intervals, as a derived figure with
/// its formula, inputs and the interval of every value it can take. Where there is no change, the cell says why.
/// </summary>
public static class ChangeFigures
{
    /// <summary>The prefix of a computed change's id: <c>c-{metric}-{scope}-{period}-vs-{basis}</c>.</summary>
    public const string IdPrefix = "c-";

    /// <summary>The difference in the level's own unit: dollars, percentage points, days.</summary>
    public static TableCell Difference(
        ResultsSnapshot snapshot, Period current, Period basis, ScopeKey scope, string level)
    {
        var family = FamilyOf(level);
        if (basis == current.PriorYear && snapshot.Index.Find(current.Code, scope, family.Difference) is { } stored)
            return TableCell.Of(stored);
        var (now, then) = Levels(snapshot, current, basis, scope, level);
        if (now is null || then is null)
            return TableCell.Empty(GapReasons.Difference(snapshot, current, basis, scope, family));
        return TableCell.Of(Computed(family.Difference, now, then, current, basis,
            now.Value - then.Value, now.Interval - then.Interval, $"{Words(now)} − {Words(then)}"));
    }

    /// <summary>
    /// The percentage change, where the base is surely positive (a percentage of a loss or of zero would mislead).
    /// </summary>
    public static TableCell Relative(
        ResultsSnapshot snapshot, Period current, Period basis, ScopeKey scope, string level)
    {
        var family = FamilyOf(level);
        if (family.Relative is { } relative && basis == current.PriorYear
            && snapshot.Index.Find(current.Code, scope, relative) is { } stored)
            return TableCell.Of(stored);
        var (now, then) = Levels(snapshot, current, basis, scope, level);
        if (family.Relative is null || now is null || then is null || then.Low <= 0)
            return TableCell.Empty(GapReasons.Relative(snapshot, current, basis, scope, family));
        var range = (now.Interval / then.Interval - Interval.Exact(1m)) * 100m;
        return TableCell.Of(Computed(family.Relative, now, then, current, basis,
            (now.Value / then.Value - 1m) * 100m, range, $"({Words(now)} ÷ {Words(then)} − 1) × 100"));
    }

    private static ChangeFamily FamilyOf(string level) =>
        Metrics.FamilyOf(level) ?? throw new ArgumentException($"'{level}' has no change metrics.", nameof(level));

    private static (Fact? Now, Fact? Then) Levels(
        ResultsSnapshot snapshot, Period current, Period basis, ScopeKey scope, string level) =>
        (snapshot.Index.Find(current.Code, scope, level), snapshot.Index.Find(basis.Code, scope, level));

    private static Fact Computed(
        string metric, Fact now, Fact then, Period current, Period basis, decimal value, Interval range, string formula)
    {
        var scope = ScopeKey.Of(now);
        var id = $"{IdPrefix}{metric.Replace('_', '-')}-{scope.Slug}-"
            + $"{current.Code.ToLowerInvariant()}-vs-{basis.Code.ToLowerInvariant()}";
        return new Fact(
            Id: id, Period: current.Code, Segment: now.Segment, Program: now.Program, Metric: metric,
            Value: Math.Round(value, 6), Unit: Metrics.Find(metric)!.Unit,
            Decimals: Math.Min(Precision.SupportedDecimals(range), Precision.MaxDecimals), Qualifier: "",
            Basis: Basis.Derived, Document: null, Quote: null, Span: null,
            Formula: formula, Inputs: [now.Id, then.Id],
            Low: Math.Round(range.Low, 6), High: Math.Round(range.High, 6));
    }

    /// <summary>A figure in the words the store's own formulas use: "Blood products revenue, Q2 2003".</summary>
    private static string Words(Fact fact) => FigureKey.Of(fact).Words;
}
