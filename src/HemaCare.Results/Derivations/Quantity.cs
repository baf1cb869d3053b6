namespace HemaCare.Results.Derivations;

/// <summary>A value and the interval it stands for, computed together so a formula is written once.</summary>
public readonly record struct Quantity(decimal Value, Interval Range)
{
    public static Quantity Of(Facts.Fact fact) => new(fact.Value, fact.Interval);

    public static Quantity Exact(decimal value) => new(value, Interval.Exact(value));

    public static Quantity operator +(Quantity a, Quantity b) => new(a.Value + b.Value, a.Range + b.Range);

    public static Quantity operator -(Quantity a, Quantity b) => new(a.Value - b.Value, a.Range - b.Range);

    public static Quantity operator *(Quantity a, Quantity b) => new(a.Value * b.Value, a.Range * b.Range);

    public static Quantity operator /(Quantity a, Quantity b) => new(a.Value / b.Value, a.Range / b.Range);

    public static implicit operator Quantity(decimal value) => Exact(value);

    /// <summary>A percentage as a fraction: 7.4 → 0.074.</summary>
    public Quantity AsFraction => this / 100m;
}
