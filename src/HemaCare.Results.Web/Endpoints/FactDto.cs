using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// A fact as the API serves it. Field names are a contract with analysts' tools. <c>Low</c> and <c>High</c> are
/// the interval the figure stands for; <c>Url</c> is its own page.
/// </summary>
public sealed record FactDto(
    string Id, string Period, string Segment, string Program, string Metric, decimal Value, string Unit,
    int Decimals, string Qualifier, Basis Basis, string? Formula, IReadOnlyList<string> Inputs,
    string? Document, string? Quote, decimal Low, decimal High, string Url)
{
    public static FactDto From(Fact f) => new(
        f.Id, f.Period, f.Segment, f.Program, f.Metric, f.Value, f.Unit, f.Decimals, f.Qualifier,
        f.Basis, f.Formula, f.Inputs, f.Document, f.Quote, f.Low, f.High, Links.Fact(f.Id));
}
