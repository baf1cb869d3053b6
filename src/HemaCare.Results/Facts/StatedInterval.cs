namespace HemaCare.Results.Facts;

/// <summary>
/// The interval a stated figure stands for, from the digits the script wrote and the hedge word before them.
/// A plain figure follows XBRL rounding: half a unit of its last written digit either side. A hedge widens it to
/// the figure's last significant digit (trailing zeros do not count): "approximately 1700" is 1,650–1,750,
/// "over 70%" is 70–80%, "almost $3 million" is $2–3 million. "Over" and "almost" bound the magnitude, so a
/// loss of "almost $3 million" is −$3 to −$2 million.
/// </summary>
public static class StatedInterval
{
    public static Interval Of(decimal value, int decimals, string qualifier)
    {
        var unit = SignificantUnit(value, decimals);
        var magnitude = Math.Abs(value);
        var sign = value < 0 ? -1m : 1m;
        return qualifier switch
        {
            "approximately" or "about" => new Interval(value - unit / 2, value + unit / 2),
            "over" => Signed(magnitude, magnitude + unit, sign),
            "almost" or "nearly" => Signed(Math.Max(0m, magnitude - unit), magnitude, sign),
            _ => Interval.FromRounded(value, decimals),
        };
    }

    /// <summary>One unit of the last significant digit: 10^−decimals, times ten per trailing zero above it.</summary>
    public static decimal SignificantUnit(decimal value, int decimals)
    {
        var unit = Interval.Pow10(-decimals);
        if (value == 0m) return unit;
        while (decimal.Remainder(value, unit * 10m) == 0m) unit *= 10m;
        return unit;
    }

    private static Interval Signed(decimal low, decimal high, decimal sign) =>
        sign > 0 ? new Interval(low, high) : new Interval(-high, -low);
}
