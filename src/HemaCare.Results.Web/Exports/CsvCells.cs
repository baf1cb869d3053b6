using HemaCare.Results;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Cell values for analysts' CSV files. Text that a spreadsheet would run as a formula (starting with
/// = + - @, tab, CR or LF) is prefixed with an apostrophe; numbers are written plain and invariant, never
/// guarded, so −272000 stays a number.
/// </summary>
public static class CsvCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    public static string Text(string? value) =>
        string.IsNullOrEmpty(value) || Array.IndexOf(FormulaStarts, value[0]) < 0 ? value ?? "" : "'" + value;

    /// <summary>
    /// A figure as a plain number with only the digits it supports: a derived $20,006,306.90 whose interval is
    /// $19.93M–$20.08M is written 20000000, as the page shows $20.0M. For sheets with no room for the interval.
    /// A number is never outside the figure's interval: where that rounding would leave it (the page's
    /// "$4.7M ($4.72M to $4.77M)"), it takes one digit more until it lies inside (4750000), as the page's range does.
    /// </summary>
    public static string Figure(Facts.Fact fact)
    {
        var decimals = fact.Decimals;
        var rounded = Precision.Round(fact.Value, decimals);
        while ((rounded < fact.Low || rounded > fact.High) && decimals < MaxDecimals)
            rounded = Precision.Round(fact.Value, ++decimals);
        return Number(rounded);
    }

    /// <summary>A figure whose interval is narrower than a millionth is written to the millionth.</summary>
    private const int MaxDecimals = 6;

    public static string Number(decimal value) =>
        value.Normalize().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
