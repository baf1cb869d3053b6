using HemaCare.Results.Checks;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Store;

internal static class StoreMapping
{
    public static FactRecord ToRecord(this Fact f, int ordinal) => new()
    {
        Id = f.Id, Period = f.Period, Segment = f.Segment, Program = f.Program, Metric = f.Metric, Value = f.Value,
        Unit = f.Unit, Decimals = f.Decimals, Qualifier = f.Qualifier, Basis = f.Basis,
        Document = f.Document, Quote = f.Quote, SpanStart = f.Span?.Start, SpanLength = f.Span?.Length,
        Formula = f.Formula, Inputs = [.. f.Inputs], Low = f.Low, High = f.High, Ordinal = ordinal,
    };

    public static Fact ToFact(this FactRecord r) => new(
        r.Id, r.Period, r.Segment, r.Program, r.Metric, r.Value, r.Unit, r.Decimals, r.Qualifier,
        r.Basis, r.Document, r.Quote,
        r.SpanStart is { } start ? new QuoteSpan(start, r.SpanLength ?? 0) : null, r.Formula, r.Inputs, r.Low, r.High);

    public static CheckRecord ToRecord(this ReconciliationCheck c, int ordinal) => new()
    {
        Id = c.Id, Rule = c.Rule, Period = c.Period, Description = c.Description, Status = c.Status,
        ExpectedLow = c.Expected.Low, ExpectedHigh = c.Expected.High,
        ComputedLow = c.Computed.Low, ComputedHigh = c.Computed.High,
        FactIds = [.. c.FactIds], Ordinal = ordinal,
    };

    public static ReconciliationCheck ToCheck(this CheckRecord r) => new(
        r.Id, r.Rule, r.Period, r.Description, r.Status,
        new Interval(r.ExpectedLow, r.ExpectedHigh), new Interval(r.ComputedLow, r.ComputedHigh), r.FactIds);
}
