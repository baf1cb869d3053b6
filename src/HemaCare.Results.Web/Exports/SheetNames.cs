namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], no leading or trailing
/// apostrophe, unique ignoring case, and not "History" (Excel reserves it).
/// </summary>
public sealed class SheetNames(params string[] reserved)
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    private readonly HashSet<string> _used = new(reserved.Append("History"), StringComparer.OrdinalIgnoreCase);

    public string Claim(string wanted)
    {
        var name = Clean(wanted);
        var candidate = name;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)] + suffix;
        }
        return candidate;
    }

    private static string Clean(string wanted)
    {
        var name = new string([.. wanted.Select(ch => Forbidden.Contains(ch) || char.IsControl(ch) ? ' ' : ch)])
            .Trim().Trim('\'').Trim();
        if (name.Length > MaxLength) name = name[..MaxLength].TrimEnd();
        return name.Length == 0 ? "Sheet" : name;
    }
}
