using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Presentation;

/// <summary>Whether an empty cell lacks a figure the scripts could have given, or holds none by its nature.</summary>
public enum GapKind { Missing, NotApplicable }

/// <summary>
/// Why a table cell holds no figure: the figure it would hold (period, scope, metric) and the reason in words,
/// e.g. "not stated; Q1 2003 revenue cannot be derived: H1 2003 revenue is not stated (Q1 = H1 − Q2)".
/// </summary>
public sealed record CellGap(
    string Period, ScopeKey Scope, string Metric, string Reason, GapKind Kind = GapKind.Missing)
{
    public bool IsMissing => Kind == GapKind.Missing;

    /// <summary>The reason as a sentence, as the cell's title, the table's note and the CSV's source give it.</summary>
    public string Sentence => char.ToUpperInvariant(Reason[0]) + Reason[1..] + ".";
}
