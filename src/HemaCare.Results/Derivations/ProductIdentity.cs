namespace HemaCare.Results.Derivations;

public enum ProductForm
{
    /// <summary>a = b ÷ 100 × c: gross profit = gross margin % ÷ 100 × revenue.</summary>
    Share,

    /// <summary>a = (1 + b ÷ 100) × c: this year's level = (1 + change % ÷ 100) × last year's.</summary>
    Growth,
}

/// <summary>a = (b ÷ 100 + β) × c over positions 0, 1, 2, with β = 0 (a share) or 1 (a growth).</summary>
public sealed class ProductIdentity(
    string id, string rule, string period, string description, IReadOnlyList<int> variables, ProductForm form,
    int subject = 1)
    : Identity(id, rule, period, description, variables, subject)
{
    private double Offset => form == ProductForm.Growth ? 1 : 0;

    public override void Project(ReadOnlySpan<Bounds> values, Span<Bounds> projections)
    {
        var (a, b, c) = (values[0], values[1], values[2]);
        var factor = b / 100 + Offset;
        projections[0] = factor * c;
        projections[1] = (a / c - Offset) * 100;
        projections[2] = a / factor;
    }

    public override string Solve(int position, IReadOnlyList<string> terms)
    {
        var (a, b, c) = (terms[0], terms[1], terms[2]);
        return (form, position) switch
        {
            (ProductForm.Share, 0) => $"{b} ÷ 100 × {c}",
            (ProductForm.Share, 1) => $"100 × {a} ÷ {c}",
            (ProductForm.Share, _) => $"{a} ÷ ({b} ÷ 100)",
            (ProductForm.Growth, 0) => $"{c} × (1 + {b} ÷ 100)",
            (ProductForm.Growth, 1) => $"100 × ({a} ÷ {c} − 1)",
            _ => $"{a} ÷ (1 + {b} ÷ 100)",
        };
    }
}
