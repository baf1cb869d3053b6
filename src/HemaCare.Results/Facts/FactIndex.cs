using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Facts;

/// <summary>
/// Looks facts up by period, scope and metric. Where a figure is stated more than once, the primary fact is
/// the most precise statement, then an unhedged one, then the first in file order.
/// </summary>
public sealed class FactIndex
{
    private readonly List<Fact> _all = [];
    private readonly Dictionary<(string, string, string, string), Fact> _primary = [];

    public FactIndex(IEnumerable<Fact> facts)
    {
        foreach (var fact in facts) Add(fact);
    }

    public IReadOnlyList<Fact> All => _all;

    public void Add(Fact fact)
    {
        _all.Add(fact);
        if (!_primary.TryGetValue(fact.Key, out var current) || Preferred(fact, current))
            _primary[fact.Key] = fact;
    }

    public Fact? Find(string period, string segment, string program, string metric) =>
        _primary.GetValueOrDefault((period, segment, program, metric));

    public Fact? Find(string period, ScopeKey scope, string metric) => Find(period, scope.Segment, scope.Program, metric);

    public IEnumerable<Fact> Primaries => _primary.Values;

    public IEnumerable<IGrouping<(string, string, string, string), Fact>> Restatements =>
        _all.Where(f => f.Basis == Basis.Stated).GroupBy(f => f.Key).Where(g => g.Count() > 1);

    public Fact this[string id] => _all.First(f => f.Id == id);

    /// <summary>The stated facts a fact rests on, following derived inputs down.</summary>
    public IReadOnlySet<string> StatedRoots(Fact fact)
    {
        if (fact.Basis == Basis.Stated) return new HashSet<string> { fact.Id };
        return fact.Inputs.SelectMany(id => StatedRoots(this[id])).ToHashSet();
    }

    private static bool Preferred(Fact candidate, Fact current) =>
        current.Basis == Basis.Derived && candidate.Basis == Basis.Stated
        || candidate.Basis == current.Basis && candidate.Decimals > current.Decimals
        || candidate.Basis == current.Basis && candidate.Decimals == current.Decimals && current.Qualifier.Length > 0 && candidate.Qualifier.Length == 0;
}

/// <summary>A segment and program pair; both empty means the company.</summary>
public readonly record struct ScopeKey
{
    private readonly string? _segment;
    private readonly string? _program;

    public ScopeKey(string segment, string program) => (_segment, _program) = (segment, program);

    // default(ScopeKey) bypasses the constructor; it means the company, like new ScopeKey("", "").
    public string Segment => _segment ?? "";

    public string Program => _program ?? "";

    public static readonly ScopeKey Company = new("", "");

    public static ScopeKey Of(Fact fact) => new(fact.Segment, fact.Program);

    public string Slug => Segment.Length == 0 ? "company" : Slugify(Program.Length > 0 ? Program : Segment);

    public string Label => Program.Length > 0 ? Program : Segment.Length > 0 ? Segment : "Company";

    public (int, int) Order => (Scope.SegmentOrder(Segment), Scope.ProgramOrder(Program));

    public static string Slugify(string text) =>
        string.Concat(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
}
