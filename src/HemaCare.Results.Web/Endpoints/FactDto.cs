using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>A fact as the API serves it. Field names are a contract with analysts' tools.</summary>
public sealed record FactDto(
    string Id, string Period, string Segment, string Program, string Metric, decimal Value, string Unit,
    int Decimals, string Qualifier, Basis Basis, string? Formula, IReadOnlyList<string> Inputs,
    string? Document, string? Quote, decimal Low, decimal High)
{
    public static FactDto From(Fact f) => new(
        f.Id, f.Period, f.Segment, f.Program, f.Metric, f.Value, f.Unit, f.Decimals, f.Qualifier,
        f.Basis, f.Formula, f.Inputs, f.Document, f.Quote, f.Low, f.High);
}
