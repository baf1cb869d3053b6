namespace HemaCare.Results.Derivations;

/// <summary>
/// A closed interval of doubles for constraint propagation; either end may be infinite (an unknown figure is
/// (−∞, +∞)). Every operation rounds outward by one ulp, so a computed interval always holds the true result.
/// A low end is never +∞ and a high end never −∞, so sums never meet ∞ − ∞.
/// </summary>
public readonly record struct Bounds(double Low, double High)
{
    public static readonly Bounds Unbounded = new(double.NegativeInfinity, double.PositiveInfinity);

    public bool IsEmpty => Low > High;

    public bool IsFinite => double.IsFinite(Low) && double.IsFinite(High);

    public bool Contains(double value) => Low <= value && value <= High;

    public double Width => High - Low;

    /// <summary>The doubles around a decimal interval (a decimal may fall between two doubles).</summary>
    public static Bounds Of(Interval interval) =>
        new(Math.BitDecrement((double)interval.Low), Math.BitIncrement((double)interval.High));

    public Bounds Intersect(Bounds other) => new(Math.Max(Low, other.Low), Math.Min(High, other.High));

    public static Bounds operator +(Bounds a, Bounds b) => new(Down(a.Low + b.Low), Up(a.High + b.High));

    public static Bounds operator -(Bounds a, Bounds b) => new(Down(a.Low - b.High), Up(a.High - b.Low));

    public static Bounds operator *(Bounds a, Bounds b)
    {
        double[] products = [Times(a.Low, b.Low), Times(a.Low, b.High), Times(a.High, b.Low), Times(a.High, b.High)];
        return new(Down(products.Min()), Up(products.Max()));
    }

    /// <summary>a ÷ b; unbounded when b holds zero (the quotient could be anything).</summary>
    public static Bounds operator /(Bounds a, Bounds b)
    {
        if (b.Low <= 0 && b.High >= 0) return Unbounded;
        return a * new Bounds(Reciprocal(b.High, Down), Reciprocal(b.Low, Up));
    }

    public static Bounds operator *(Bounds a, double k) => a * new Bounds(k, k);

    public static Bounds operator /(Bounds a, double k) => a / new Bounds(k, k);

    public static Bounds operator +(Bounds a, double k) => a + new Bounds(k, k);

    public static Bounds operator -(Bounds a, double k) => a - new Bounds(k, k);

    /// <summary>The decimal interval, rounded outward to six places; null when an end is infinite or huge.</summary>
    public Interval? ToInterval()
    {
        const double Largest = 1e15;
        if (!IsFinite || Math.Abs(Low) > Largest || Math.Abs(High) > Largest) return null;
        // (decimal)double keeps 15 significant digits; step one more digit outward before rounding to six places.
        var low = (decimal)Low;
        var high = (decimal)High;
        low -= Math.Abs(low) * 1e-14m;
        high += Math.Abs(high) * 1e-14m;
        return new Interval(Math.Floor(low * 1_000_000m) / 1_000_000m, Math.Ceiling(high * 1_000_000m) / 1_000_000m);
    }

    // 0 × ∞ is 0 here: a factor known to be exactly zero makes the product zero whatever the other is.
    private static double Times(double x, double y) => x == 0 || y == 0 ? 0 : x * y;

    private static double Reciprocal(double x, Func<double, double> round) => double.IsInfinity(x) ? 0 : round(1 / x);

    private static double Down(double x) => double.IsFinite(x) ? Math.BitDecrement(x) : x;

    private static double Up(double x) => double.IsFinite(x) ? Math.BitIncrement(x) : x;

    public override string ToString() => FormattableString.Invariant($"[{Low}, {High}]");
}
