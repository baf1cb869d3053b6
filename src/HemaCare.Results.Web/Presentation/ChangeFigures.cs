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

    /// <summary>
    /// The computed change an id names (<c>c-revenue-change-pct-blood-products-2003-q2-vs-2003-q1</c>), computed
    /// again from the store, so a page that links to one figure can show it; null for any other id.
    /// </summary>
    public static Fact? Find(ResultsSnapshot snapshot, string id)
    {
        if (!id.StartsWith(IdPrefix, StringComparison.Ordinal)) return null;
        var vs = id.LastIndexOf("-vs-", StringComparison.Ordinal);
        if (vs < 0 || !TryPeriod(id[(vs + 4)..], out var basis)) return null;
        var head = id[IdPrefix.Length..vs];
        foreach (var family in Metrics.Changes)
        {
            foreach (var metric in new[] { family.Difference, family.Relative }.OfType<string>())
            {
                var prefix = metric.Replace('_', '-') + "-";
                if (!head.StartsWith(prefix, StringComparison.Ordinal)) continue;
                foreach (var scope in snapshot.Facts.Select(ScopeKey.Of).Distinct())
                {
                    var slug = scope.Slug + "-";
                    var rest = head[prefix.Length..];
                    if (!rest.StartsWith(slug, StringComparison.Ordinal)) continue;
                    if (!TryPeriod(rest[slug.Length..], out var current)) continue;
                    var cell = metric == family.Difference
                        ? Difference(snapshot, current, basis, scope, family.Level)
                        : Relative(snapshot, current, basis, scope, family.Level);
                    if (cell.Fact?.Id == id) return cell.Fact;
                }
            }
        }
        return null;
    }

    /// <summary>The period a computed change's id compares with, if the id is one.</summary>
    public static Period? BasisOf(string id)
    {
        var vs = id.LastIndexOf("-vs-", StringComparison.Ordinal);
        return id.StartsWith(IdPrefix, StringComparison.Ordinal) && vs >= 0 && TryPeriod(id[(vs + 4)..], out var basis)
            ? basis
            : null;
    }

    /// <summary>A period code as an id writes it, lower case ("2003-q2"), read back.</summary>
    private static bool TryPeriod(string text, out Period period)
    {
        var code = text.Length > 5 && char.IsLetter(text[5]) ? text[..5] + text[5..].ToUpperInvariant() : text;
        return Period.TryParse(code, out period);
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
