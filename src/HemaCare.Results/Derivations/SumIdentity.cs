namespace HemaCare.Results.Derivations;

/// <summary>total = part₁ + part₂ + …; the total is position 0.</summary>
public sealed class SumIdentity(
    string id, string rule, string period, string description, IReadOnlyList<int> variables, int subject = 0)
    : Identity(id, rule, period, description, variables, subject)
{
    public override void Project(ReadOnlySpan<Bounds> values, Span<Bounds> projections)
    {
        var parts = new Bounds(0, 0);
        for (var i = 1; i < values.Length; i++) parts += values[i];
        projections[0] = parts;
        for (var j = 1; j < values.Length; j++)
        {
            var rest = values[0];
            for (var i = 1; i < values.Length; i++)
                if (i != j) rest -= values[i];
            projections[j] = rest;
        }
    }

    public override string Solve(int position, IReadOnlyList<string> terms) => position == 0
        ? string.Join(" + ", terms.Skip(1))
        : string.Join(" − ", terms.Where((_, i) => i != position));
}
