using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Says in words why a cell is empty: which figure is missing and, for a level, which figures the arithmetic
/// that could give it lacks (quarter sums, the change against a year earlier, margin = gross profit ÷ revenue,
/// segments adding up to the company and programs to their segment). Every statement is checked against the
/// store, so a reason never names as missing a figure the store has.
/// </summary>
public static class GapReasons
{
    private static readonly HashSet<string> Additive =
        new([Metrics.Revenue, Metrics.GrossProfit, Metrics.NetIncome, Metrics.GAndA], StringComparer.Ordinal);

    /// <summary>The parts each duration is the sum or difference of, within one year.</summary>
    private static readonly Dictionary<string, (string[] Parts, string Formula)> QuarterSums =
        new(StringComparer.Ordinal)
        {
            ["Q1"] = (["H1", "Q2"], "Q1 = H1 − Q2"),
            ["Q2"] = (["H1", "Q1"], "Q2 = H1 − Q1"),
            ["H1"] = (["Q1", "Q2"], "H1 = Q1 + Q2"),
            ["Q3"] = (["FY", "H1", "Q4"], "Q3 = FY − H1 − Q4"),
            ["Q4"] = (["FY", "H1", "Q3"], "Q4 = FY − H1 − Q3"),
            ["H2"] = (["FY", "H1"], "H2 = FY − H1"),
            ["FY"] = (["H1", "Q3", "Q4"], "FY = H1 + Q3 + Q4"),
        };

    /// <summary>Why a level (revenue, cash, ...) is not in the store.</summary>
    public static CellGap Level(ResultsSnapshot snapshot, string period, ScopeKey scope, string metric)
    {
        var clauses = new List<string?>();
        var parsed = Period.Parse(period);
        if (!parsed.IsInstant && Additive.Contains(metric))
            clauses.Add(QuarterSum(snapshot, parsed, scope, metric));
        if (Metrics.FamilyOf(metric) is { } family && family.Level == metric && ScriptsStateChangesOf(snapshot, family))
        {
            clauses.Add(YearOnYear(snapshot, parsed.PriorYear, parsed, scope, family, backward: true));
            if (NextYear(parsed) is { } next)
                clauses.Add(YearOnYear(snapshot, parsed, next, scope, family, backward: false));
        }
        if (metric is Metrics.Revenue or Metrics.GrossProfit or Metrics.GrossMarginPct)
            clauses.Add(Margin(snapshot, period, scope, metric));
        if (metric is Metrics.Revenue or Metrics.GrossProfit && scope.Program.Length == 0)
            clauses.Add(SegmentSum(snapshot, period, scope, metric));
        if (metric is Metrics.Revenue or Metrics.GrossProfit && scope.Segment.Length > 0)
            clauses.Add(ProgramSum(snapshot, period, scope, metric));

        var name = FigureNames.Of(period, scope, metric);
        var known = clauses.OfType<string>().ToList();
        var reason = known.Count == 0
            ? $"{name} is not stated, and no figure the scripts give implies it"
            : $"{name} is not stated and cannot be derived: {string.Join("; ", known)}";
        return new CellGap(period, scope, metric, reason);
    }

    /// <summary>Why a change between two periods is not shown: which side is missing.</summary>
    public static CellGap Difference(
        ResultsSnapshot snapshot, Period current, Period basis, ScopeKey scope, ChangeFamily family)
    {
        var missing = MissingSides(snapshot, current, basis, scope, family.Level);
        var change = $"the change in {FigureNames.Of(current.Code, scope, family.Level)} against {basis.Label}";
        var reason = missing.Count == 0
            ? $"{change} is not shown: the two figures could not be compared"
            : $"{change} is not shown: {NotStated(missing, scope, [family.Level])}";
        return new CellGap(current.Code, scope, family.Difference, reason);
    }

    /// <summary>
    /// Why a percentage change is not shown: a side is missing, or a percentage of the base would mislead.
    /// </summary>
    public static CellGap Relative(
        ResultsSnapshot snapshot, Period current, Period basis, ScopeKey scope, ChangeFamily family)
    {
        var metric = family.Relative ?? family.Difference + "_pct";
        var of = FigureNames.Of(current.Code, scope, family.Level);
        var change = $"the percentage change in {of} against {basis.Label} is not shown";
        if (family.Relative is null)
            return NotApplicable(current, scope, metric, Metrics.Find(family.Level)?.Unit == Units.Percent
                ? $"{change}: a change of a percentage is given in points, in the Change column"
                : $"{change}: this change is given only as a difference, in the Change column");
        var missing = MissingSides(snapshot, current, basis, scope, family.Level);
        if (missing.Count > 0)
            return new CellGap(current.Code, scope, metric, $"{change}: {NotStated(missing, scope, [family.Level])}");
        var name = FigureNames.Of(basis.Code, scope, family.Level);
        var base_ = snapshot.Index.Find(basis.Code, scope, family.Level)!;
        var why = base_.High < 0 ? "is negative"
            : base_.Low <= 0 && base_.High >= 0 ? (base_.Value == 0 ? "is zero" : "may be zero or negative")
            : "could not be compared";
        return NotApplicable(current, scope, metric, $"{change}: {name} {why}, so a percentage of it would mislead");
    }

    /// <summary>"H1 2003 and Q2 2003 revenue are not stated".</summary>
    private static string NotStated(IReadOnlyList<string> periods, ScopeKey scope, IReadOnlyList<string> metrics) =>
        $"{FigureNames.Of(periods, scope, metrics)} {FigureNames.IsOrAre(periods.Count * metrics.Count)} not stated";

    /// <summary>Whether a script states this kind of change anywhere, so a level could be derived from one.</summary>
    private static bool ScriptsStateChangesOf(ResultsSnapshot snapshot, ChangeFamily family) =>
        snapshot.Memo($"gap-reasons/stated-changes/{family.Level}", () => (object)snapshot.Facts.Any(f =>
            f.Basis == Basis.Stated && (f.Metric == family.Difference || f.Metric == family.Relative))) is true;

    private static CellGap NotApplicable(Period current, ScopeKey scope, string metric, string reason) =>
        new(current.Code, scope, metric, reason, GapKind.NotApplicable);

    private static List<string> MissingSides(
        ResultsSnapshot snapshot, Period current, Period basis, ScopeKey scope, string level) =>
        [.. new[] { current, basis }.Where(p => snapshot.Index.Find(p.Code, scope, level) is null).Select(p => p.Code)];

    private static string? QuarterSum(ResultsSnapshot snapshot, Period period, ScopeKey scope, string metric)
    {
        if (!QuarterSums.TryGetValue(period.Code[5..], out var sum)) return null;
        var year = period.Year.ToString(CultureInfo.InvariantCulture);
        var missing = sum.Parts.Select(part => $"{year}-{part}")
            .Where(code => snapshot.Index.Find(code, scope, metric) is null).ToList();
        return missing.Count == 0 ? null : $"{NotStated(missing, scope, [metric])} ({sum.Formula})";
    }

    /// <summary>
    /// A level from the other year's level and the change between the two (stated as a difference or a percentage).
    /// </summary>
    private static string? YearOnYear(
        ResultsSnapshot snapshot, Period earlier, Period later, ScopeKey scope, ChangeFamily family, bool backward)
    {
        var other = backward ? earlier : later;
        var otherLevel = snapshot.Index.Find(other.Code, scope, family.Level);
        var change = snapshot.Index.Find(later.Code, scope, family.Difference)
            ?? (family.Relative is null ? null : snapshot.Index.Find(later.Code, scope, family.Relative));
        var otherName = FigureNames.Of(other.Code, scope, family.Level);
        var direction = backward ? "from" : "to";
        return (otherLevel, change) switch
        {
            (null, null) when backward => $"neither {otherName} nor the change from it is stated",
            (null, null) => null, // nothing is said about the next year at all: no reason to mention it
            (null, _) => $"the change {direction} {other.Label} is stated, but {otherName} is not",
            (_, null) => $"no change {direction} {otherName} is stated",
            _ => null,
        };
    }

    private static string? Margin(ResultsSnapshot snapshot, string period, ScopeKey scope, string metric)
    {
        string[] inputs = metric switch
        {
            Metrics.Revenue => [Metrics.GrossProfit, Metrics.GrossMarginPct],
            Metrics.GrossProfit => [Metrics.Revenue, Metrics.GrossMarginPct],
            _ => [Metrics.GrossProfit, Metrics.Revenue],
        };
        var missing = inputs.Where(m => snapshot.Index.Find(period, scope, m) is null).ToList();
        return missing.Count == 0 ? null
            : $"{NotStated([period], scope, missing)} (margin = gross profit ÷ revenue)";
    }

    private static string? SegmentSum(ResultsSnapshot snapshot, string period, ScopeKey scope, string metric)
    {
        var parts = scope.Segment.Length == 0
            ? Scope.Segments.Select(s => new ScopeKey(s, "")).ToList()
            : [ScopeKey.Company, .. Scope.Segments.Where(s => s != scope.Segment).Select(s => new ScopeKey(s, ""))];
        var missing = parts.Where(p => snapshot.Index.Find(period, p, metric) is null)
            .Select(p => p.Segment.Length == 0 ? "company" : p.Label).ToList();
        return missing.Count == 0 ? null
            : $"{ScopesNotStated(period, missing, metric)} (company = {string.Join(" + ", Scope.Segments)})";
    }

    /// <summary>A segment is the sum of its top-level programs; a program is its segment less the others.</summary>
    private static string? ProgramSum(ResultsSnapshot snapshot, string period, ScopeKey scope, string metric)
    {
        var programs = Scope.Programs.Where(p => p.Segment == scope.Segment && p.IsTopLevel)
            .Select(p => new ScopeKey(p.Segment, p.Name)).ToList();
        if (programs.Count == 0 || scope.Program.Length > 0 && !programs.Contains(scope)) return null;
        var segment = new ScopeKey(scope.Segment, "");
        var parts = scope.Program.Length == 0 ? programs : [segment, .. programs.Where(p => p != scope)];
        var missing = parts.Where(p => snapshot.Index.Find(period, p, metric) is null).Select(p => p.Label).ToList();
        if (missing.Count == 0) return null;
        var formula = $"{scope.Segment} = {string.Join(" + ", programs.Select(p => p.Label))}";
        return $"{ScopesNotStated(period, missing, metric)} ({formula})";
    }

    /// <summary>"Q1 2003 company and Blood services revenue are not stated".</summary>
    private static string ScopesNotStated(string period, IReadOnlyList<string> scopes, string metric) =>
        $"{Period.LabelOf(period)} {FigureNames.And(scopes)} {FigureNames.Measure(metric)} "
        + $"{FigureNames.IsOrAre(scopes.Count)} not stated";

    private static Period? NextYear(Period period) =>
        Period.TryParse(period.IsInstant
            ? period.End.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{period.Year + 1}{period.Code[4..]}", out var next) ? next : null;
}
