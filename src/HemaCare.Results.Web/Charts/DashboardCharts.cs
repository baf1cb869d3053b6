using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// The charts the views draw, each built from the table shown beside it. Ids are the download file names.
/// </summary>
public static class DashboardCharts
{
    public const string PeriodRevenue = "revenue";
    public const string PeriodMargin = "margin";
    public const string SegmentRevenue = "segment-revenue";
    public const string LiquidityCash = "liquidity-cash";
    public const string LiquidityDso = "liquidity-dso";

    public static ColumnChart Revenue(FigureTable segments, Period period) =>
        AgainstPriorYear(PeriodRevenue, "Revenue by segment and program", Metrics.Revenue, Units.Usd, segments, period);

    public static ColumnChart Margin(FigureTable segments, Period period) =>
        AgainstPriorYear(
            PeriodMargin, "Gross margin % by segment and program", Metrics.GrossMarginPct, Units.Percent,
            segments, period);

    /// <summary>A metric of the segment table in two series, the prior year first, picked by metric.</summary>
    private static ColumnChart AgainstPriorYear(
        string id, string title, string metric, string unit, FigureTable segments, Period period) =>
        ColumnChart.FromColumns(id, $"{title}, {period.Label} and {period.PriorYear.Label}", unit,
            segments,
            [PeriodTables.SegmentColumn(metric, priorYear: true), PeriodTables.SegmentColumn(metric, priorYear: false)],
            [period.PriorYear.Label, period.Label]);

    public static ColumnChart SegmentHistory(FigureTable history)
    {
        var revenueRows = history.Rows.Where(r => r.Metric == Metrics.LabelOf(Metrics.Revenue)).ToList();
        return ColumnChart.Create(SegmentRevenue, "Segment and program revenue by period", Units.Usd,
            [.. revenueRows.Select(r => r.Label)],
            [
                .. history.Columns.Select((period, c) => new ChartSeries(
                    period,
                    ColumnChart.Palette[c % ColumnChart.Palette.Length],
                    [.. revenueRows.Select(r => r.Cells[c])])),
            ]);
    }

    public static ColumnChart Cash(FigureTable liquidity) =>
        ColumnChart.FromColumns(LiquidityCash, "Cash and working capital at each balance-sheet date", Units.Usd,
            liquidity, [StoreTables.LiquidityColumn(Metrics.Cash),
                StoreTables.LiquidityColumn(Metrics.WorkingCapital)]);

    public static ColumnChart Dso(FigureTable liquidity) =>
        ColumnChart.FromColumns(LiquidityDso, "Days sales outstanding at each balance-sheet date", Units.Days,
            liquidity, [StoreTables.LiquidityColumn(Metrics.DaysSalesOutstanding)]);

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
