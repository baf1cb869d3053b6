using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Orders segment and program scopes for tables: each segment, then its top-level programs, each followed by
/// the programs that are part of it (Sherman Oaks under the mature programs). Parents are added when only a
/// child has figures, so nesting always reads correctly.
/// </summary>
public static class ScopeTree
{
    public static IReadOnlyList<(ScopeKey Scope, int Depth)> Order(IEnumerable<ScopeKey> scopes)
    {
        var all = new HashSet<ScopeKey>();
        foreach (var scope in scopes.Where(s => s.Segment.Length > 0)) AddWithParents(all, scope);

        var ordered = new List<(ScopeKey, int)>();
        var segments = all.Where(s => s.Program.Length == 0)
            .OrderBy(s => s.Order).ThenBy(s => s.Segment, StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            ordered.Add((segment, 0));
            AddChildren(all, segment.Segment, null, 1, ordered);
        }
        return ordered;
    }

    private static void AddChildren(
        HashSet<ScopeKey> all, string segment, string? parent, int depth, List<(ScopeKey, int)> ordered)
    {
        var children = all.Where(s => s.Segment == segment && s.Program.Length > 0 && ParentOf(s.Program) == parent)
            .OrderBy(s => s.Order).ThenBy(s => s.Program, StringComparer.Ordinal);
        foreach (var child in children)
        {
            ordered.Add((child, depth));
            AddChildren(all, segment, child.Program, depth + 1, ordered);
        }
    }

    private static string? ParentOf(string program) => Scope.FindProgram(program)?.PartOf;

    private static void AddWithParents(HashSet<ScopeKey> all, ScopeKey scope)
    {
        if (!all.Add(scope)) return;
        if (scope.Program.Length == 0) return;
        var parent = ParentOf(scope.Program);
        AddWithParents(all, parent is null ? new ScopeKey(scope.Segment, "") : new ScopeKey(scope.Segment, parent));
    }
}
