using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Charts;

/// <summary>The charts the views draw, each built from the table shown beside it. Ids are the download file names.</summary>
public static class DashboardCharts
{
    public const string PeriodRevenue = "revenue";
    public const string PeriodMargin = "margin";
    public const string SegmentRevenue = "segment-revenue";
    public const string LiquidityCash = "liquidity-cash";
    public const string LiquidityDso = "liquidity-dso";

    public static ColumnChart Revenue(FigureTable segments, Period period) =>
        ColumnChart.FromColumns(PeriodRevenue, $"Revenue by segment and program, {period.Label} and {period.PriorYear.Label}", Units.Usd,
            segments, [1, 0], [period.PriorYear.Label, period.Label]);

    public static ColumnChart Margin(FigureTable segments, Period period) =>
        ColumnChart.FromColumns(PeriodMargin, $"Gross margin % by segment and program, {period.Label} and {period.PriorYear.Label}", Units.Percent,
            segments, [7, 6], [period.PriorYear.Label, period.Label]);

    public static ColumnChart SegmentHistory(FigureTable history)
    {
        var revenueRows = history.Rows.Where(r => r.Metric == Metrics.LabelOf(Metrics.Revenue)).ToList();
        return ColumnChart.Create(SegmentRevenue, "Segment and program revenue by period", Units.Usd,
            [.. revenueRows.Select(r => r.Label)],
            [.. history.Columns.Select((period, c) => new ChartSeries(period, ColumnChart.Palette[c % ColumnChart.Palette.Length], [.. revenueRows.Select(r => r.Cells[c])]))]);
    }

    public static ColumnChart Cash(FigureTable liquidity) =>
        ColumnChart.FromColumns(LiquidityCash, "Cash and working capital at each balance-sheet date", Units.Usd, liquidity,
            [ColumnOf(liquidity, Metrics.Cash), ColumnOf(liquidity, Metrics.WorkingCapital)]);

    public static ColumnChart Dso(FigureTable liquidity) =>
        ColumnChart.FromColumns(LiquidityDso, "Days sales outstanding at each balance-sheet date", Units.Days, liquidity,
            [ColumnOf(liquidity, Metrics.DaysSalesOutstanding)]);

    private static int ColumnOf(FigureTable table, string metric) =>
        table.Columns.ToList().IndexOf(Metrics.LabelOf(metric));

    /// <summary>The charts of a period view, by id, for the download endpoint.</summary>
    public static ColumnChart? ForPeriod(ResultsSnapshot snapshot, Period period, string id)
    {
        var table = PeriodTables.Segments(snapshot, period);
        return id switch
        {
            PeriodRevenue => Revenue(table, period),
            PeriodMargin => Margin(table, period),
            _ => null,
        };
    }

    public static ColumnChart? ForStore(ResultsSnapshot snapshot, string id) => id switch
    {
        SegmentRevenue => SegmentHistory(StoreTables.SegmentHistory(snapshot)),
        LiquidityCash => Cash(StoreTables.Liquidity(snapshot)),
        LiquidityDso => Dso(StoreTables.Liquidity(snapshot)),
        _ => null,
    };
}
