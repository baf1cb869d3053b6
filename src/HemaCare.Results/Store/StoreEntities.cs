using HemaCare.Results.Checks;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Store;

// EF Core rows. Pages and endpoints never see these: the store loads them into a ResultsSnapshot.

public sealed class FactRecord
{
    public required string Id { get; set; }
    public required string Period { get; set; }
    public required string Segment { get; set; }
    public required string Program { get; set; }
    public required string Metric { get; set; }
    public decimal Value { get; set; }
    public required string Unit { get; set; }
    public int Decimals { get; set; }
    public required string Qualifier { get; set; }
    public required Basis Basis { get; set; }
    public string? Document { get; set; }
    public string? Quote { get; set; }
    public int? SpanStart { get; set; }
    public int? SpanLength { get; set; }
    public string? Formula { get; set; }
    public List<string> Inputs { get; set; } = [];
    public decimal Low { get; set; }
    public decimal High { get; set; }
    public int Ordinal { get; set; }
}

public sealed class DocumentRecord
{
    public required string Code { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
}

public sealed class CheckRecord
{
    public required string Id { get; set; }
    public required string Rule { get; set; }
    public required string Period { get; set; }
    public required string Description { get; set; }
    public required CheckStatus Status { get; set; }
    public decimal ExpectedLow { get; set; }
    public decimal ExpectedHigh { get; set; }
    public decimal ComputedLow { get; set; }
    public decimal ComputedHigh { get; set; }
    public List<string> FactIds { get; set; } = [];
    public int Ordinal { get; set; }
}

public sealed class StoreInfoRecord
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
