namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Which workbook holds a table, from its CSV address: a period view's tables are in that period's workbook,
/// every other table in the whole-store workbook.
/// </summary>
public static class WorkbookLinks
{
    public const string Whole = "/export/hemacare-results.xlsx";

    private const string PeriodPrefix = "/export/periods/";

    public static string Period(string code) => $"{PeriodPrefix}{Uri.EscapeDataString(code)}.xlsx";

    public static string ForCsv(string csvHref)
    {
        if (!csvHref.StartsWith(PeriodPrefix, StringComparison.Ordinal)) return Whole;
        var rest = csvHref[PeriodPrefix.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? $"{PeriodPrefix}{rest[..slash]}.xlsx" : Whole;
    }
}
