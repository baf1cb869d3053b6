using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Facts;

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
