namespace HemaCare.Results.Vocabulary;

/// <summary>Unit codes as they appear in the facts files and exports.</summary>
public static class Units
{
    public const string Usd = "usd";
    public const string UsdPerShare = "usd_per_share";
    public const string Percent = "pct";
    public const string Days = "days";
    public const string Count = "count";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Usd, UsdPerShare, Percent, Days, Count,
    };
}
