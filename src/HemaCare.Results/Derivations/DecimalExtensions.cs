namespace HemaCare.Results;

public static class DecimalExtensions
{
    /// <summary>Drops trailing zeros so 5100000.000 prints as 5100000.</summary>
    public static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;
}
