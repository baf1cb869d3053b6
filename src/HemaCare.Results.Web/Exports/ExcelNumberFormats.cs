using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Excel number formats for figures, so a workbook cell holds the figure's exact value as a number and shows it
/// as the page does: $272,000, $5.1M for figures the script rounded to $100,000, $#,##0.00 for EPS, percentages in
/// percent units (5.4 shows as 5.4%, the same number the API and CSV carry), margin changes in points, days as
/// "62 days". The hedge word and the sign of a change are part of the format, so the cell stays numeric. A
/// format never shows more digits than the figure supports: see <see cref="SupportedDecimals"/>.
/// </summary>
public static class ExcelNumberFormats
{
    /// <summary>
    /// The decimals a figure may show: a stated figure the script's own, a derived one no more than its interval
    /// supports (<see cref="Precision.SupportedDecimals"/>: at most two units of the last digit shown).
    /// </summary>
    public static int SupportedDecimals(Fact fact) => fact.Basis == Basis.Stated
        ? fact.Decimals
        : Math.Min(fact.Decimals, Precision.SupportedDecimals(fact.Interval));

    /// <summary>
    /// The format of a figure's value cell. A derived figure whose sign is unknown (its interval holds zero), or
    /// too wide for any format to round it (percentages and days stop at the unit digit, money at whole
    /// millions), shows its range as literal text instead, e.g. "-0.7% to +0.4%"; the cell still holds the value.
    /// </summary>
    public static string Value(Fact fact)
    {
        var decimals = SupportedDecimals(fact);
        var signed = FigureFormatter.IsChange(fact.Metric);
        var signUnknown = fact.Basis == Basis.Derived && fact.Low < 0m && fact.High > 0m;
        if (signUnknown || decimals < (fact.Unit == Units.Usd ? -6 : 0))
        {
            var range = $"\"{Text(fact.Low, fact.Unit, decimals + 1, signed, Math.Floor)} to "
                + $"{Text(fact.High, fact.Unit, decimals + 1, signed, Math.Ceiling)}\"";
            return $"{range};{range};{range}";
        }
        // Where the page writes the range beside the rounded figure, so does the format ("$6.9M ($6.92M to $6.97M)").
        var beside = FigureFormatter.RangeBeside(fact) is { } besideRange
            ? $" ({besideRange.Replace('\u2212', '-')})"
            : "";
        return Format(fact.Unit, decimals, signed, Hedge(fact.Qualifier), beside);
    }

    /// <summary>
    /// The format of an interval bound: one digit more than the figure may show, so the edges differ.
    /// </summary>
    public static string Bound(Fact fact) =>
        Format(fact.Unit, SupportedDecimals(fact) + 1, FigureFormatter.IsChange(fact.Metric), "");

    /// <summary>The format of a check's interval bound, given in the unit of its facts.</summary>
    public static string Bound(string unit) => Format(unit, unit == Units.Usd ? 0 : 2, signed: false, "");

    public static string Format(string unit, int decimals, bool signed, string hedge, string after = "")
    {
        var body = unit switch
        {
            Units.Usd => Money(decimals),
            Units.UsdPerShare => "$#,##0" + Places(decimals),
            Units.Percent => "0" + Places(decimals) + "\"%\"",
            Units.PercentagePoints => "0" + Places(decimals) + "\" pp\"",
            Units.Days => "#,##0" + Places(decimals) + "\" days\"",
            _ => "#,##0" + Places(decimals),
        };
        // Zero has its own section: "$0,000" or "+0%" would be odd.
        var zero = unit == Units.Usd ? "$0" : body;
        var prefix = hedge.Length == 0 ? "" : $"\"{hedge} \"";
        var suffix = after.Length == 0 ? "" : $"\"{after}\"";
        return signed
            ? $"{prefix}+{body}{suffix};{prefix}-{body}{suffix};{prefix}{zero}{suffix}"
            : $"{prefix}{body}{suffix};{prefix}-{body}{suffix};{prefix}{zero}{suffix}";
    }

    /// <summary>
    /// Dollars rounded where the figure stops: each trailing comma divides by 1,000, so a derived $425,846 known
    /// to the thousand shows as $426,000, to the hundred as $425.8K, to $100,000 as $0.4M or $5.1M.
    /// </summary>
    private static string Money(int decimals) => decimals switch
    {
        <= -4 => "$#,##0" + Places(6 + decimals) + ",,\"M\"",
        -3 => "$#,##0,\",000\"",
        < 0 => "$#,##0" + Places(3 + decimals) + ",\"K\"",
        _ => "$#,##0",
    };

    /// <summary>A bound written out for a range format, rounded outward (down for low, up for high).</summary>
    private static string Text(decimal value, string unit, int decimals, bool signed, Func<decimal, decimal> outward)
    {
        var step = Interval.Pow10(-decimals);
        var rounded = outward(value / step) * step;
        var sign = rounded < 0 ? "-" : signed && rounded > 0 ? "+" : "";
        var magnitude = Math.Abs(rounded);
        var places = "F" + Math.Max(0, decimals).ToString(CultureInfo.InvariantCulture);
        return sign + unit switch
        {
            Units.Usd when decimals <= -4 => "$" + (magnitude / 1_000_000m)
                .ToString("F" + Math.Max(0, 6 + decimals), CultureInfo.InvariantCulture) + "M",
            Units.Usd => "$" + magnitude.ToString("N0", FigureFormatter.EnUs),
            Units.UsdPerShare => "$" + magnitude.ToString(places, CultureInfo.InvariantCulture),
            Units.Percent => magnitude.ToString(places, CultureInfo.InvariantCulture) + "%",
            Units.PercentagePoints => magnitude.ToString(places, CultureInfo.InvariantCulture) + " pp",
            Units.Days => magnitude.ToString(places, CultureInfo.InvariantCulture) + " days",
            _ => magnitude.ToString(places, CultureInfo.InvariantCulture),
        };
    }

    private static string Places(int decimals) => decimals > 0 ? "." + new string('0', decimals) : "";

    /// <summary>The page's wording of a hedge (approximately and about read "approx.").</summary>
    private static string Hedge(string qualifier) => qualifier switch
    {
        "approximately" or "about" => "approx.",
        _ => qualifier.ToLower(CultureInfo.InvariantCulture),
    };
}
