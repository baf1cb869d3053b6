namespace HemaCare.Results.Derivations;

/// <summary>
/// One instance of an accounting identity over network variables, e.g. "company revenue, Q2 2003 = Blood products
/// revenue + Blood services revenue". It projects the identity onto each of its variables (HC4 style) and writes
/// the formula that solves it for one of them. <see cref="Subject"/> is the position a check reports on.
/// </summary>
public abstract class Identity(
    string id, string rule, string period, string description, IReadOnlyList<int> variables, int subject)
{
    /// <summary>
    /// For an identity that follows from others (a change of a sum is the sum of the changes), the ids of those
    /// premises. It sharpens propagation but is never blamed on its own: it goes whenever a premise is blamed.
    /// </summary>
    public IReadOnlyList<string> Premises { get; init; } = [];

    public string Id { get; } = id;

    public string Rule { get; } = rule;

    public string Period { get; } = period;

    public string Description { get; } = description;

    public IReadOnlyList<int> Variables { get; } = variables;

    public int Subject { get; } = subject;

    /// <summary>For each position, the interval the identity allows given the others' current intervals.</summary>
    public abstract void Project(ReadOnlySpan<Bounds> values, Span<Bounds> projections);

    /// <summary>The identity solved for the variable at <paramref name="position"/>, in the given terms.</summary>
    public abstract string Solve(int position, IReadOnlyList<string> terms);
}
