using System.Globalization;
using System.Text.RegularExpressions;

namespace HemaCare.Results.Vocabulary;

public enum PeriodKind { Quarter, HalfYear, FullYear, Instant }

/// <summary>
/// A reporting period code: durations <c>2003-Q2</c>, <c>2003-H1</c>, <c>2003-FY</c> and balance-sheet
/// instants <c>2003-06-30</c>. Periods are parsed, not listed, so a new quarter's script needs no code change.
/// </summary>
public sealed partial record Period(string Code, PeriodKind Kind, int Year, int Index, DateOnly End)
{
    public bool IsInstant => Kind == PeriodKind.Instant;

    /// <summary>The label of a period code, e.g. "2003-06-30" → "June 30, 2003".</summary>
    public static string LabelOf(string code) => Parse(code).Label;

    public string Label => Kind switch
    {
        PeriodKind.Quarter => $"Q{Index} {Year}",
        PeriodKind.HalfYear => $"H{Index} {Year}",
        PeriodKind.FullYear => $"FY {Year}",
        _ => End.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US")),
    };

    /// <summary>The same period one year earlier, the comparison every view makes.</summary>
    public Period PriorYear => Kind == PeriodKind.Instant
        ? Parse(End.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        : Parse(Code.Replace(
            Year.ToString(CultureInfo.InvariantCulture), (Year - 1).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Sort key: by end date, then shorter durations first.</summary>
    public (DateOnly, int) SortKey => (End, Kind switch
    {
        PeriodKind.Instant => 0,
        PeriodKind.Quarter => 1,
        PeriodKind.HalfYear => 2,
        _ => 3,
    });

    public static bool TryParse(string? code, out Period period)
    {
        period = null!;
        if (code is null) return false;
        var duration = DurationPattern().Match(code);
        if (duration.Success)
        {
            var year = int.Parse(duration.Groups["year"].Value, CultureInfo.InvariantCulture);
            var (kind, index, endMonth) = duration.Groups["kind"].Value switch
            {
                "FY" => (PeriodKind.FullYear, 1, 12),
                var q when q[0] == 'Q' => (PeriodKind.Quarter, q[1] - '0', (q[1] - '0') * 3),
                var h => (PeriodKind.HalfYear, h[1] - '0', (h[1] - '0') * 6),
            };
            var end = new DateOnly(year, endMonth, 1).AddMonths(1).AddDays(-1);
            period = new Period(code, kind, year, index, end);
            return true;
        }
        if (InstantPattern().IsMatch(code)
            && DateOnly.TryParseExact(
                code, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            period = new Period(code, PeriodKind.Instant, date.Year, 0, date);
            return true;
        }
        return false;
    }

    public static Period Parse(string code) =>
        TryParse(code, out var period) ? period : throw new FormatException($"'{code}' is not a period code.");

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)-(?<kind>Q[1-4]|H[12]|FY)$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(19|20)\d\d-\d\d-\d\d$")]
    private static partial Regex InstantPattern();
}
