using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// One row of a figure table: a row header (indented by depth), an optional metric label and one fact or none per
/// column.
/// </summary>
public sealed record FigureRow(string Label, int Depth, string Metric, IReadOnlyList<Fact?> Cells);
