using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>Whether a <c>?vs=</c> code names a period the view can compare with.</summary>
public enum ComparisonStatus { Valid, Unknown, Incomparable }

/// <summary>
/// What a period view compares against: the same period a year earlier unless <c>?vs=</c> names another period
/// of the same length (a quarter against a quarter, a date against a date). An unknown code or one of another
/// length is refused with the choices that would work; the raw input is never repeated back.
/// </summary>
public sealed record PeriodComparison(
    Period Current, Period Basis, ComparisonStatus Status, IReadOnlyList<Period> Choices)
{
    public bool IsValid => Status == ComparisonStatus.Valid;

    public bool IsPriorYear => Basis == Current.PriorYear;

    /// <summary>The <c>?vs=</c> code a link needs to keep this comparison; none for a year earlier.</summary>
    public string? Vs => IsPriorYear ? null : Basis.Code;

    public static PeriodComparison Resolve(ResultsSnapshot snapshot, Period current, string? vs)
    {
        var choices = Comparable(snapshot, current);
        if (string.IsNullOrEmpty(vs) || vs == current.PriorYear.Code && snapshot.FindPeriod(vs) is not null)
            return new(current, current.PriorYear, ComparisonStatus.Valid, choices);
        if (snapshot.FindPeriod(vs) is not { } basis)
            return new(current, current.PriorYear, ComparisonStatus.Unknown, choices);
        return choices.Contains(basis)
            ? new(current, basis, ComparisonStatus.Valid, choices)
            : new(current, current.PriorYear, ComparisonStatus.Incomparable, choices);
    }

    /// <summary>Every other period in the store of the same length, oldest first.</summary>
    public static IReadOnlyList<Period> Comparable(ResultsSnapshot snapshot, Period current) =>
        [.. snapshot.Periods.Where(p => p.Kind == current.Kind && p != current)];

    /// <summary>
    /// The comparisons people ask for first, where the store has the period: a year earlier, and the period just
    /// before.
    /// </summary>
    public IReadOnlyList<(Period Period, string Why)> Suggested =>
        [.. new (Period? Period, string Why)[] { (Current.PriorYear, "a year earlier"), (Previous, PreviousName) }
            .Where(s => s.Period is not null && Choices.Contains(s.Period))
            .Select(s => (s.Period!, s.Why))];

    private string PreviousName => Current.Kind switch
    {
        PeriodKind.Quarter => "previous quarter",
        PeriodKind.HalfYear => "previous half-year",
        PeriodKind.Instant => "previous balance-sheet date",
        _ => "previous year",
    };

    /// <summary>
    /// The period just before this one: Q2 → Q1, Q1 → Q4 of the year before, a date → the latest earlier date.
    /// </summary>
    private Period? Previous => Current.Kind switch
    {
        PeriodKind.Quarter => Parsed(Current.Index == 1
            ? $"{Current.Year - 1}-Q4"
            : $"{Current.Year}-Q{Current.Index - 1}"),
        PeriodKind.HalfYear => Parsed(Current.Index == 1 ? $"{Current.Year - 1}-H2" : $"{Current.Year}-H1"),
        PeriodKind.Instant => Choices.Where(p => p.End < Current.End).MaxBy(p => p.End),
        _ => null,
    };

    private static Period? Parsed(string code) => Period.TryParse(code, out var period) ? period : null;
}
