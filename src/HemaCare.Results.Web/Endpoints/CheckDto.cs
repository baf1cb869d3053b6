using HemaCare.Results.Checks;

namespace HemaCare.Results.Web.Endpoints;

public sealed record CheckDto(
    string Id, string Rule, string Period, CheckStatus Status, string Description,
    IntervalDto Expected, IntervalDto Computed, IReadOnlyList<string> FactIds)
{
    public static CheckDto From(ReconciliationCheck c) => new(
        c.Id, c.Rule, c.Period, c.Status, c.Description,
        IntervalDto.From(c.Expected), IntervalDto.From(c.Computed), c.FactIds);
}
