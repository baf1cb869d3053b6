using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Derivations;

/// <summary>
/// The periods and scopes the identities range over, and the network they build. Durations are every quarter,
/// half-year and year of each year with a stated duration figure; instants are the stated balance-sheet dates
/// and the dates a stated change reaches back to.
/// </summary>
public sealed class InferenceModel
{
    private static readonly string[] DurationSuffixes = ["Q1", "Q2", "Q3", "Q4", "H1", "FY"];

    public InferenceModel(IEnumerable<Fact> stated)
    {
        var facts = stated.ToList();
        var years = facts.Select(f => Period.Parse(f.Period)).Where(p => !p.IsInstant).Select(p => p.Year).ToHashSet();
        Years = [.. years.Order()];
        Durations = [.. Years.SelectMany(y => DurationSuffixes.Select(s => $"{y}-{s}"))];
        var instants = facts.Where(f => Period.Parse(f.Period).IsInstant).ToList();
        Instants = [.. instants.Select(f => f.Period)
            .Concat(instants.Where(f => Metrics.IsChange(f.Metric)).Select(f => Period.Parse(f.Period).PriorYear.Code))
            .Distinct().Order(StringComparer.Ordinal)];
        foreach (var fact in facts) Network.State(FigureKey.Of(fact), fact.Interval);
    }

    public IdentityNetwork Network { get; } = new();

    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<string> Durations { get; }

    public IReadOnlyList<string> Instants { get; }

    /// <summary>The company, each segment and each program.</summary>
    public static readonly IReadOnlyList<ScopeKey> Scopes =
    [
        ScopeKey.Company,
        .. Scope.Segments.Select(s => new ScopeKey(s, "")),
        .. Scope.Programs.Select(p => new ScopeKey(p.Segment, p.Name)),
    ];

    public static IEnumerable<ScopeKey> Segments => Scope.Segments.Select(s => new ScopeKey(s, ""));

    /// <summary>The programs that add up to a segment (not those that are part of another program).</summary>
    public static IReadOnlyList<ScopeKey> TopLevelPrograms(string segment) =>
        [.. Scope.Programs.Where(p => p.Segment == segment && p.IsTopLevel).Select(p => new ScopeKey(segment, p.Name))];

    public int Variable(string period, ScopeKey scope, string metric) =>
        Network.Variable(new FigureKey(period, scope, metric));

    /// <summary>The same period a year earlier, when the model holds it.</summary>
    public string? PriorYear(string period)
    {
        var prior = Period.Parse(period).PriorYear;
        return prior.IsInstant ? Instants.Contains(prior.Code) ? prior.Code : null
            : Years.Contains(prior.Year) ? prior.Code : null;
    }

    public static string Label(string period) => Period.LabelOf(period);
}
