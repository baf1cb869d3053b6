using HemaCare.Results.Checks;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>A fact as the API serves it. Field names are a contract with analysts' tools.</summary>
public sealed record FactDto(
    string Id, string Period, string Segment, string Program, string Metric, decimal Value, string Unit,
    int Decimals, string Qualifier, string Basis, string? Formula, IReadOnlyList<string> Inputs,
    string? Document, string? Quote, decimal Low, decimal High)
{
    public static FactDto From(Fact f) => new(
        f.Id, f.Period, f.Segment, f.Program, f.Metric, f.Value, f.Unit, f.Decimals, f.Qualifier,
        f.Basis == HemaCare.Results.Facts.Basis.Stated ? "stated" : "derived", f.Formula, f.Inputs, f.Document, f.Quote, f.Low, f.High);
}

public sealed record IntervalDto(decimal Low, decimal High)
{
    public static IntervalDto From(Interval i) => new(i.Low, i.High);
}

public sealed record CheckDto(
    string Id, string Rule, string Period, string Status, string Description,
    IntervalDto Expected, IntervalDto Computed, IReadOnlyList<string> FactIds)
{
    public static CheckDto From(ReconciliationCheck c) => new(
        c.Id, c.Rule, c.Period, c.Status == CheckStatus.Pass ? "pass" : "fail", c.Description,
        IntervalDto.From(c.Expected), IntervalDto.From(c.Computed), c.FactIds);
}
