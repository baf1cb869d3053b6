namespace HemaCare.Results.Web.Endpoints;

public sealed record IntervalDto(decimal Low, decimal High)
{
    public static IntervalDto From(Interval i) => new(i.Low, i.High);
}
