using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Presentation;

/// <summary>One cell of a table as a builder resolves it: a figure, or the reason there is none.</summary>
public readonly record struct TableCell(Fact? Fact, CellGap? Gap)
{
    public static TableCell Of(Fact fact) => new(fact, null);

    public static TableCell Empty(CellGap gap) => new(null, gap);
}
