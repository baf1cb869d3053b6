namespace HemaCare.Results.Facts;

/// <summary>One row of a facts file as written, before verification.</summary>
public sealed record FactRow(
    string File,
    int Line,
    string Id,
    string Period,
    string Segment,
    string Program,
    string Metric,
    string Value,
    string Unit,
    string Qualifier,
    string Quote)
{
    public string Where => $"{File}:{Line}";
}
