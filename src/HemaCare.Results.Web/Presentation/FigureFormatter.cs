using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Formats figures for people, in en-US (invariant culture prints ¤): money as the scripts write it
/// ($272,000; $6.9M with the stated decimals), percentages with one decimal, changes with an explicit sign,
/// negatives with a true minus sign. Exports never use this: they carry plain invariant numbers.
/// </summary>
public static class FigureFormatter
{
    public static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");

    private const string Minus = "\u2212";

    public static string Format(Fact fact, bool signed = false)
    {
        var text = Format(fact.Value, fact.Unit, fact.Decimals, signed || IsChange(fact.Metric));
        return Qualify(fact.Qualifier, text);
    }

    public static string Format(decimal value, string unit, int decimals, bool signed = false)
    {
        var sign = value < 0 ? Minus : signed && value > 0 ? "+" : "";
        var magnitude = Math.Abs(value);
        var body = unit switch
        {
            Units.Usd => Money(magnitude, decimals),
            Units.UsdPerShare => "$" + magnitude.ToString("N2", EnUs),
            Units.Percent => magnitude.ToString("N1", EnUs) + "%",
            Units.PercentagePoints => magnitude.ToString("N1", EnUs) + " pp",
            Units.Days => magnitude.ToString("N0", EnUs) + " days",
            _ => magnitude.ToString("N0", EnUs),
        };
        return sign + body;
    }

    public static bool IsChange(string metric) => metric.Contains("_change", StringComparison.Ordinal);

    private static string Money(decimal magnitude, int decimals)
    {
        if (magnitude >= 1_000_000m && decimals <= -4)
        {
            var places = Math.Max(0, 6 + decimals);
            return "$" + (magnitude / 1_000_000m).ToString("N" + places, EnUs) + "M";
        }
        var rounded = decimals < 0
            ? Math.Round(magnitude / Interval.Pow10(-decimals)) * Interval.Pow10(-decimals) : magnitude;
        return "$" + rounded.ToString("N0", EnUs);
    }

    private static string Qualify(string qualifier, string text) => qualifier switch
    {
        "" => text,
        "approximately" or "about" => "approx. " + text,
        _ => qualifier + " " + text,
    };

    /// <summary>An interval in the fact's unit, for titles and the checks page.</summary>
    public static string Format(Interval interval, string unit) =>
        $"{Format(interval.Low, unit, 2)} to {Format(interval.High, unit, 2)}";
}
