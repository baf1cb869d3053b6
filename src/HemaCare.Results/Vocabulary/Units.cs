namespace HemaCare.Results.Vocabulary;

/// <summary>Unit codes as they appear in the facts files and exports.</summary>
public static class Units
{
    public const string Usd = "usd";
    public const string UsdPerShare = "usd_per_share";
    public const string Percent = "pct";

    /// <summary>A change of a percentage: 14.2% to 5.4% is −8.8 percentage points, not −8.8%.</summary>
    public const string PercentagePoints = "pp";
    public const string Days = "days";
    public const string Count = "count";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Usd, UsdPerShare, Percent, PercentagePoints, Days, Count,
    };
}
