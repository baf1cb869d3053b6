namespace HemaCare.Results.Checks;

public enum CheckStatus { Pass, Fail }

/// <summary>
/// One reconciliation: the interval the parts compute to against the interval of the figure they should
/// equal. Consistent when the two overlap (XBRL Calculations 1.1).
/// </summary>
public sealed record ReconciliationCheck(
    string Id,
    string Rule,
    string Period,
    string Description,
    CheckStatus Status,
    Interval Expected,
    Interval Computed,
    IReadOnlyList<string> FactIds);
