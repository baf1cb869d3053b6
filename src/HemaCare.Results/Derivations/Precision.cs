namespace HemaCare.Results;

/// <summary>How many digits an interval supports when its figure is written out.</summary>
public static class Precision
{
    /// <summary>The finest decimals an exact figure may show (its interval has no width to bound them).</summary>
    public const int MaxDecimals = 10;

    // Derived intervals are rounded outward by a millionth; ±$1,000 must still count as two units of $1,000.
    private const decimal Slack = 1.000001m;

    /// <summary>A value written to XBRL <paramref name="decimals"/> (−3 is thousands, 1 is tenths), halves away from zero.</summary>
    public static decimal Round(decimal value, int decimals) =>
        decimals >= 0
            ? Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero)
            : Math.Round(value / Interval.Pow10(-decimals), MidpointRounding.AwayFromZero) * Interval.Pow10(-decimals);

    /// <summary>
    /// The XBRL decimals of the finest power of ten whose unit the interval spans at most twice: [19.34M, 19.50M]
    /// spans 1.6 units of 0.1M, so −5 ($19.4M); [−0.67%, +0.39%] spans 1.06 units of 1%, so 0.
    /// </summary>
    public static int SupportedDecimals(Interval interval)
    {
        var width = interval.High - interval.Low;
        if (width <= 0m) return MaxDecimals;
        for (var exponent = -MaxDecimals; exponent < 28; exponent++)
            if (2m * Interval.Pow10(exponent) * Slack >= width) return -exponent;
        return -28;
    }
}
