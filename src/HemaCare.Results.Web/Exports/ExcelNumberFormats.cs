using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Excel number formats for figures, so a workbook cell holds the figure's exact value as a number and shows it
/// as the page does: $#,##0, $5.1M for figures the script rounded to $100,000, $#,##0.00 for EPS, percentages in
/// percent units (5.4 shows as 5.4%, the same number the API and CSV carry), days as "62 days". The hedge word
/// and the sign of a change are part of the format, so the cell stays numeric. A format never shows more digits
/// than the figure supports: see <see cref="SupportedDecimals"/>.
/// </summary>
public static class ExcelNumberFormats
{
    /// <summary>
    /// The decimals a figure's interval supports: a stated figure's own; a derived figure's coarsened until its
    /// interval spans at most two units of the last digit shown. Percent and day formats cannot round left of
    /// the unit digit, so a wider interval there is carried by the low/high columns instead.
    /// </summary>
    public static int SupportedDecimals(Fact fact)
    {
        if (fact.Basis == Basis.Stated) return fact.Decimals;
        var decimals = fact.Decimals;
        while (fact.High - fact.Low > 2m * Interval.Pow10(-decimals)) decimals--;
        return decimals;
    }

    /// <summary>
    /// The format of a figure's value cell. Where no format can round that coarsely (percentages and days stop
    /// at the unit digit, money at whole millions), the format shows the figure's range instead, as literal
    /// text; the cell still holds the value. Q2 2003's revenue change (−0.7%, −1.8% to +0.4%) shows its range.
    /// </summary>
    public static string Value(Fact fact)
    {
        var decimals = SupportedDecimals(fact);
        var signed = FigureFormatter.IsChange(fact.Metric);
        if (decimals < (fact.Unit == Units.Usd ? -6 : 0))
        {
            var low = Text(RoundDown(fact.Low, fact.Decimals), fact, signed);
            var high = Text(RoundUp(fact.High, fact.Decimals), fact, signed);
            var range = $"\"{low} to {high}\"";
            return $"{range};{range};{range}";
        }
        return Format(fact.Unit, decimals, signed, IsPoints(fact), Hedge(fact.Qualifier));
    }

    /// <summary>
    /// The format of an interval bound: one digit more than the figure was written with, so the edges differ.
    /// </summary>
    public static string Bound(Fact fact) =>
        Format(fact.Unit, fact.Decimals + 1, FigureFormatter.IsChange(fact.Metric), IsPoints(fact), "");

    /// <summary>The format of a check's interval bound, given in the unit of its facts.</summary>
    public static string Bound(string unit) =>
        Format(unit, unit == Units.Usd ? 0 : 2, signed: false, points: false, "");

    public static string Format(string unit, int decimals, bool signed, bool points, string hedge)
    {
        var body = unit switch
        {
            Units.Usd when decimals <= -4 => "$#,##0" + Places(6 + decimals) + ",,\"M\"",
            Units.Usd => "$#,##0",
            Units.UsdPerShare => "$#,##0" + Places(decimals),
            Units.Percent => "0" + Places(decimals) + (points ? "\" pp\"" : "\"%\""),
            Units.Days => "#,##0" + Places(decimals) + "\" days\"",
            _ => "#,##0" + Places(decimals),
        };
        var prefix = hedge.Length == 0 ? "" : $"\"{hedge} \"";
        return signed
            ? $"{prefix}+{body};{prefix}-{body};{prefix}{body}"
            : $"{prefix}{body};{prefix}-{body}";
    }

    /// <summary>A bound written out for a range format, rounded outward at the figure's own decimals.</summary>
    private static string Text(decimal value, Fact fact, bool signed)
    {
        var sign = value < 0 ? "-" : signed && value > 0 ? "+" : "";
        var magnitude = Math.Abs(value);
        var places = "F" + Math.Max(0, fact.Decimals).ToString(CultureInfo.InvariantCulture);
        return sign + fact.Unit switch
        {
            Units.Usd when fact.Decimals <= -4 =>
                "$" + (magnitude / 1_000_000m).ToString(
                    "F" + Math.Max(0, 6 + fact.Decimals), CultureInfo.InvariantCulture) + "M",
            Units.Usd => "$" + magnitude.ToString("N0", FigureFormatter.EnUs),
            Units.UsdPerShare => "$" + magnitude.ToString(places, CultureInfo.InvariantCulture),
            Units.Percent => magnitude.ToString(places, CultureInfo.InvariantCulture) + (IsPoints(fact) ? " pp" : "%"),
            Units.Days => magnitude.ToString(places, CultureInfo.InvariantCulture) + " days",
            _ => magnitude.ToString(places, CultureInfo.InvariantCulture),
        };
    }

    private static decimal RoundDown(decimal value, int decimals) =>
        Math.Floor(value / Interval.Pow10(-decimals)) * Interval.Pow10(-decimals);

    private static decimal RoundUp(decimal value, int decimals) =>
        Math.Ceiling(value / Interval.Pow10(-decimals)) * Interval.Pow10(-decimals);

    private static string Places(int decimals) => decimals > 0 ? "." + new string('0', decimals) : "";

    private static bool IsPoints(Fact fact) => fact.Metric.EndsWith("_pp", StringComparison.Ordinal);

    /// <summary>The page's wording of a hedge (approximately and about read "approx.").</summary>
    private static string Hedge(string qualifier) => qualifier switch
    {
        "approximately" or "about" => "approx.",
        _ => qualifier.ToLower(CultureInfo.InvariantCulture),
    };
}
