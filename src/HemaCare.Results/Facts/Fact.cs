namespace HemaCare.Results.Facts;

public enum Basis { Stated, Derived }

/// <summary>Where a stated fact's quote sits in its script, in original (unfolded) characters.</summary>
public sealed record QuoteSpan(int Start, int Length);

/// <summary>
/// One figure. A stated fact carries the document and verbatim quote it came from; a derived fact carries
/// its formula and the ids of its inputs. [Low, High] is the interval the figure stands for: for a stated figure
/// the one its written form implies (rounding, widened by a hedge word), for a derived one the tightest interval
/// all stated figures jointly allow.
/// </summary>
public sealed record Fact(
    string Id,
    string Period,
    string Segment,
    string Program,
    string Metric,
    decimal Value,
    string Unit,
    int Decimals,
    string Qualifier,
    Basis Basis,
    string? Document,
    string? Quote,
    QuoteSpan? Span,
    string? Formula,
    IReadOnlyList<string> Inputs,
    decimal Low,
    decimal High)
{
    public bool IsCompany => Segment.Length == 0;

    public Interval Interval => new(Low, High);

    /// <summary>The key two statements of one figure share.</summary>
    public (string Period, string Segment, string Program, string Metric) Key => (Period, Segment, Program, Metric);
}
