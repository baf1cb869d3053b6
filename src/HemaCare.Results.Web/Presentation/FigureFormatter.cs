using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Formats figures for people, in en-US (invariant culture prints ¤), claiming no digit the scripts do not support.
/// A stated figure keeps the script's own precision and hedge ("12%", "$5.1M", "approximately $272,000",
/// "over 70%"). A derived figure shows the finest digit its interval spans at most twice; when that leaves one
/// significant digit, or the rounded figure lies outside the interval, the range stands beside it
/// ("−5 pp (−5.8 pp to −4.3 pp)", "15% (14.2% to 14.9%)"), when it leaves none the range
/// stands instead, and when its sign is unknown it reads "about flat (−0.3% to +0.4%)". Changes carry an explicit
/// sign and negatives a true minus sign. Exports never use this: they carry plain invariant numbers.
/// </summary>
public static class FigureFormatter
{
    public static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");

    private const string Minus = "\u2212";

    /// <summary>The figure as pages, chart titles and downloads show it.</summary>
    public static string Format(Fact fact, bool signed = false)
    {
        signed = signed || IsChange(fact.Metric);
        if (fact.Basis == Basis.Stated)
            return Qualify(fact.Qualifier, Format(fact.Value, fact.Unit, fact.Decimals, signed));

        var interval = fact.Interval;
        var decimals = DisplayDecimals(fact);
        if (interval.Low < 0m && interval.High > 0m)
            return IsChange(fact.Metric)
                ? $"about flat ({Range(interval, fact.Unit, decimals, signed)})"
                : Range(interval, fact.Unit, decimals, signed);
        var rounded = Round(fact.Value, decimals);
        if (rounded == 0m) return Range(interval, fact.Unit, decimals, signed);
        var text = Format(rounded, fact.Unit, decimals, signed);
        return RangeBeside(interval, fact.Unit, decimals, rounded, signed) is { } range ? $"{text} ({range})" : text;
    }

    /// <summary>
    /// The range a derived figure shows beside its rounded value ("$6.92M to $6.97M" beside "$6.9M"), or null where
    /// the rounded value stands alone (and for a stated figure). The range stands beside a value rounded to one
    /// significant digit, and beside one the interval cannot reach (15% for 14.2%–14.9%), which is never shown alone.
    /// </summary>
    public static string? RangeBeside(Fact fact, bool signed = false)
    {
        if (fact.Basis == Basis.Stated) return null;
        var decimals = DisplayDecimals(fact);
        return RangeBeside(fact.Interval, fact.Unit, decimals, Round(fact.Value, decimals),
            signed || IsChange(fact.Metric));
    }

    /// <summary>The digits a derived figure shows: those its interval supports, down to the unit's finest.</summary>
    private static int DisplayDecimals(Fact fact) =>
        Math.Min(Precision.SupportedDecimals(fact.Interval), FinestDecimals(fact.Unit));

    private static string? RangeBeside(Interval interval, string unit, int decimals, decimal rounded, bool signed)
    {
        var unreachable = rounded < interval.Low || rounded > interval.High;
        return (SignificantDigits(rounded, decimals) == 1 || unreachable) && interval.High > interval.Low
            ? Range(interval, unit, decimals, signed)
            : null;
    }

    /// <summary>A value written to <paramref name="decimals"/> (XBRL: −3 is thousands, 1 is tenths).</summary>
    public static string Format(decimal value, string unit, int decimals, bool signed = false)
    {
        var magnitude = Math.Abs(Round(value, decimals));
        var sign = magnitude == 0m ? "" : value < 0 ? Minus : signed ? "+" : "";
        var places = "N" + Math.Max(0, decimals).ToString(CultureInfo.InvariantCulture);
        var body = unit switch
        {
            Units.Usd => Money(magnitude, decimals),
            Units.UsdPerShare => "$" + magnitude.ToString("N" + Math.Max(2, decimals), EnUs),
            Units.Percent => magnitude.ToString(places, EnUs) + "%",
            Units.PercentagePoints => magnitude.ToString(places, EnUs) + " pp",
            Units.Days => magnitude.ToString(places, EnUs) + " days",
            _ => magnitude.ToString(places, EnUs),
        };
        return sign + body;
    }

    /// <summary>
    /// The interval a derived figure shown to <paramref name="decimals"/> stands for, one digit finer and
    /// rounded outward, so the range shown always holds the true value.
    /// </summary>
    public static string Range(Interval interval, string unit, int decimals, bool signed = false)
    {
        var finer = Math.Min(decimals + 1, FinestDecimals(unit) + 1);
        var step = Interval.Pow10(-finer);
        var low = Outward(interval.Low, step, Math.Floor);
        var high = Outward(interval.High, step, Math.Ceiling);
        return $"{Format(low, unit, finer, signed)} to {Format(high, unit, finer, signed)}";
    }

    /// <summary>
    /// An interval in full (to the dollar, the hundredth of a percent), for the checks and figure pages, where the
    /// ends are read digit by digit: 61.5 days to 62.5 days, $5,050,000 to $5,150,000. Ends with more digits are
    /// rounded outward (−0.242% to 0.304% is −0.25% to 0.31%), so the range shown always holds the interval.
    /// </summary>
    public static string Format(Interval interval, string unit)
    {
        var finest = unit switch
        {
            Units.Usd => 0,
            Units.UsdPerShare => 3,
            Units.Percent or Units.PercentagePoints => 2,
            _ => 1,
        };
        var decimals = Math.Min(finest, Math.Max(FractionDigits(interval.Low), FractionDigits(interval.High)));
        var step = Interval.Pow10(-decimals);
        var low = Outward(interval.Low, step, Math.Floor);
        var high = Outward(interval.High, step, Math.Ceiling);
        return $"{Format(low, unit, decimals)} to {Format(high, unit, decimals)}";
    }

    private static int FractionDigits(decimal value) => value.Normalize().Scale;

    /// <summary>−1 when the figure is certainly negative, +1 when certainly positive, 0 when unknown.</summary>
    public static int SignOf(Fact fact) =>
        fact.High < 0m || fact.Basis == Basis.Stated && fact.Value < 0m ? -1
        : fact.Low > 0m || fact.Basis == Basis.Stated && fact.Value > 0m ? 1
        : 0;

    public static bool IsChange(string metric) => metric.Contains("_change", StringComparison.Ordinal);

    private static string Money(decimal magnitude, int decimals)
    {
        if (decimals <= -5 || magnitude >= 1_000_000m && decimals <= -4)
        {
            var places = Math.Max(0, 6 + decimals);
            return "$" + (magnitude / 1_000_000m).ToString("N" + places, EnUs) + "M";
        }
        return "$" + magnitude.ToString("N" + Math.Max(0, decimals), EnUs);
    }

    private static string Qualify(string qualifier, string text) =>
        qualifier.Length == 0 ? text : qualifier + " " + text;

    /// <summary>The finest digit a derived figure of the unit ever shows (an exact interval supports any).</summary>
    private static int FinestDecimals(string unit) => unit switch
    {
        Units.UsdPerShare => 2,
        Units.Percent or Units.PercentagePoints => 1,
        _ => 0,
    };

    private static decimal Round(decimal value, int decimals) => Precision.Round(value, decimals);

    /// <summary>
    /// Rounds an interval end outward to a multiple of <paramref name="step"/>. Inference widens its ends by a
    /// millionth; an end that close to a multiple is that multiple, not one step further out.
    /// </summary>
    private static decimal Outward(decimal value, decimal step, Func<decimal, decimal> direction)
    {
        var steps = value / step;
        var nearest = Math.Round(steps);
        return (Math.Abs(steps - nearest) < 0.0001m ? nearest : direction(steps)) * step;
    }

    private static int SignificantDigits(decimal rounded, int decimals) =>
        Math.Round(Math.Abs(rounded) * Interval.Pow10(decimals)).ToString(CultureInfo.InvariantCulture).Length;
}
