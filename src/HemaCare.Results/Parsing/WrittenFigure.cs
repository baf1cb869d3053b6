namespace HemaCare.Results.Parsing;

public enum FigureKind { Money, Percent, Number, Word, Time }

/// <summary>
/// A figure as a script writes it ("$5.1 million", "-2.6%", "nil"), at a position in the folded text.
/// <see cref="Decimals"/> follows XBRL: the power of ten the writer rounded to, negated
/// ("$5.1 million" → −5, "$272,000" → −3, "5.4%" → 1).
/// </summary>
public sealed record WrittenFigure(
    FigureKind Kind,
    string Text,
    int Start,
    decimal Value,
    int Decimals,
    bool ExplicitlyNegative)
{
    public int End => Start + Text.Length;
}
