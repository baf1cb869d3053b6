namespace HemaCare.Results.Vocabulary;

/// <summary>
/// The segments and programs the scripts speak of. Codes are shared with analysts' tools: keep them stable.
/// A program may sit inside another (the Sherman Oaks donor center is part of the mature programs), so only
/// top-level programs add up to their segment.
/// </summary>
public static class Scope
{
    public const string BloodProducts = "Blood products";
    public const string BloodServices = "Blood services";

    public const string MaturePrograms = "Mature blood management programs";
    public const string CaliforniaMobile = "California mobile";
    public const string NewPrograms = "New blood management programs";
    public const string ShermanOaks = "Sherman Oaks donor center";

    public static readonly IReadOnlyList<string> Segments = [BloodProducts, BloodServices];

    public static readonly IReadOnlyList<ProgramDefinition> Programs =
    [
        new(MaturePrograms, BloodProducts, null),
        new(CaliforniaMobile, BloodProducts, null),
        new(NewPrograms, BloodProducts, null),
        new(ShermanOaks, BloodProducts, MaturePrograms),
    ];

    public static ProgramDefinition? FindProgram(string name) => Programs.FirstOrDefault(p => p.Name == name);

    public static int SegmentOrder(string segment) => segment switch
    {
        "" => -1,
        _ => Segments.ToList().IndexOf(segment) is var i and >= 0 ? i : Segments.Count,
    };

    public static int ProgramOrder(string program) => program switch
    {
        "" => -1,
        _ => Programs.Select(p => p.Name).ToList().IndexOf(program) is var i and >= 0 ? i : Programs.Count,
    };
}

public sealed record ProgramDefinition(string Name, string Segment, string? PartOf)
{
    public bool IsTopLevel => PartOf is null;
}
