namespace HemaCare.Results;

/// <summary>
/// A closed interval of possible true values, as in XBRL Calculations 1.1: a value v stated with decimals d
/// stands for [v − ½·10^−d, v + ½·10^−d]. Arithmetic keeps the interval that holds every possible result.
/// </summary>
public readonly record struct Interval(decimal Low, decimal High)
{
    public static Interval FromRounded(decimal value, int decimals)
    {
        var half = 0.5m * Pow10(-decimals);
        return new Interval(value - half, value + half);
    }

    public static Interval Exact(decimal value) => new(value, value);

    public bool Overlaps(Interval other) => Low <= other.High && other.Low <= High;

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    public static Interval operator -(Interval a) => new(-a.High, -a.Low);

    public static Interval operator *(Interval a, Interval b)
    {
        decimal[] products = [a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High];
        return new Interval(products.Min(), products.Max());
    }

    public static Interval operator /(Interval a, Interval b)
    {
        if (b.Low <= 0m && b.High >= 0m)
            throw new DivideByZeroException($"Cannot divide by an interval containing zero ({b}).");
        return a * new Interval(1m / b.High, 1m / b.Low);
    }

    public static Interval operator *(Interval a, decimal k) => a * Exact(k);

    public static Interval operator /(Interval a, decimal k) => a / Exact(k);

    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result *= 10m;
        return exponent >= 0 ? result : 1m / result;
    }

    public override string ToString() =>
        FormattableString.Invariant($"[{Low.Normalize()}, {High.Normalize()}]");
}
