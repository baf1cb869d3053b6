using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// The charts the views draw, each built from a table shown beside it. Ids are the download file names. A
/// segment and its own programs are never drawn as peers (the segment would count twice): segments have one
/// chart, the programs of a segment another. Only top-level programs are peers; a program that is part of
/// another (Sherman Oaks within the mature programs) stays in the table.
/// </summary>
public static class DashboardCharts
{
    public const string PeriodRevenue = "revenue";
    public const string PeriodProgramRevenue = ProgramRevenue;
    public const string PeriodMargin = "margin";
    public const string PeriodProgramMargin = "program-margin";
    public const string QuarterNetIncome = "net-income";
    public const string SegmentRevenue = "segment-revenue";
    public const string ProgramRevenue = "program-revenue";
    public const string LiquidityCash = "liquidity-cash";
    public const string LiquidityDso = "liquidity-dso";

    /// <summary>A period view's charts against its basis period: segments, then the programs of each segment.</summary>
    public static IReadOnlyList<ColumnChart> ForPeriodView(ResultsSnapshot snapshot, Period period, Period basis)
    {
        var segments = PeriodTables.Segments(snapshot, period, basis);
        var income = PeriodTables.Income(snapshot, period, basis);
        var segmentRows = segments.Rows.Where(r => r.Depth == 0).ToList();
        var programs = segments.Rows
            .Where(r => r.Depth == 1 && Scope.FindProgram(r.Label) is { IsTopLevel: true }).ToList();
        var companyMargin = income.Rows.First(r => r.Label == Metrics.LabelOf(Metrics.GrossMarginPct));
        var vs = $"{period.Label} and {basis.Label}";
        var charts = new List<ColumnChart>
        {
            Versus(PeriodRevenue, $"Revenue by segment, {vs}", Units.Usd, period, basis,
                Points(segmentRows, Metrics.Revenue)),
        };
        if (programs.Count > 0)
            charts.Add(Versus(PeriodProgramRevenue, $"Blood products revenue by program, {vs}", Units.Usd,
                period, basis, Points(programs, Metrics.Revenue)));
        charts.Add(Versus(PeriodMargin, $"Gross margin, company and segments, {vs}", Units.Percent, period, basis,
            [
                ("Company", companyMargin.Cells[PeriodTables.LevelColumn],
                    companyMargin.Cells[PeriodTables.BasisLevelColumn]),
                .. Points(segmentRows, Metrics.GrossMarginPct),
            ]));
        // A program's small revenue base can make its margin huge (−67% for the new programs): cut it, not the axis.
        if (programs.Count > 0)
            charts.Add(Versus(PeriodProgramMargin, $"Gross margin by Blood products program, {vs}", Units.Percent,
                period, basis, Points(programs, Metrics.GrossMarginPct)) with { ClipOutliers = true });
        return charts;
    }

    /// <summary>The chart of a period view with this id, for the download endpoint.</summary>
    public static ColumnChart? ForPeriod(ResultsSnapshot snapshot, Period period, Period basis, string id) =>
        ForPeriodView(snapshot, period, basis).FirstOrDefault(c => c.Id == id);

    /// <summary>The year's net income quarter by quarter: the year's story in one picture.</summary>
    public static ColumnChart QuarterlyNetIncome(FigureTable quarters, int year)
    {
        var columns = quarters.Columns.Select((label, i) => (label, i)).Where(c => c.label.StartsWith('Q')).ToList();
        var row = quarters.Rows.First(r => r.Label == Metrics.LabelOf(Metrics.NetIncome));
        return ColumnChart.Create(QuarterNetIncome, $"Net income (loss) by quarter, {year}", Units.Usd,
            [.. columns.Select(c => c.label)],
            [new ChartSeries($"{year}", ColumnChart.Palette[0], [.. columns.Select(c => row.Cells[c.i])])]);
    }

    /// <summary>
    /// The charts of the segment history: for each period length in the table, one chart of the segments and one
    /// of the programs, so a quarter is never drawn on the axis of a year, nor a segment beside its own programs.
    /// </summary>
    public static IReadOnlyList<ColumnChart> SegmentHistory(FigureTable history, SegmentFilter filter)
    {
        var revenue = history.Rows.Where(r => r.Metric == Metrics.LabelOf(Metrics.Revenue)).ToList();
        var segments = revenue.Where(r => r.Depth == 0).ToList();
        var programs = revenue.Where(r => r.Depth == 1 && Scope.FindProgram(r.Label) is { IsTopLevel: true }).ToList();
        var kinds = history.Columns.Select((_, c) => history.Rows.Select(r => r.Cells[c]).OfType<Fact>()
            .Select(f => Period.Parse(f.Period).Kind).First()).ToList();
        var charts = new List<ColumnChart>();
        foreach (var (code, kind, label) in SegmentFilter.Lengths.Where(l => kinds.Contains(l.Kind)))
        {
            var columns = kinds.Select((k, c) => (k, c)).Where(x => x.k == kind).Select(x => x.c).ToList();
            var length = label.ToLowerInvariant();
            var segmentTitle = filter.Segment is null
                ? $"Revenue by segment, {length}"
                : $"{filter.Segment} revenue, {length}";
            if (segments.Count > 0)
                charts.Add(ByPeriod($"{SegmentRevenue}-{code}", segmentTitle, history, segments, columns));
            if (programs.Count > 0)
                charts.Add(ByPeriod($"{ProgramRevenue}-{code}", $"{Scope.BloodProducts} revenue by program, {length}",
                    history, programs, columns));
        }
        return charts;
    }

    public static ColumnChart Cash(FigureTable liquidity) =>
        ColumnChart.FromColumns(LiquidityCash, "Cash and working capital at each balance-sheet date", Units.Usd,
            liquidity, [StoreTables.LiquidityColumn(Metrics.Cash),
                StoreTables.LiquidityColumn(Metrics.WorkingCapital)]);

    public static ColumnChart Dso(FigureTable liquidity) =>
        ColumnChart.FromColumns(LiquidityDso, "Days sales outstanding at each balance-sheet date", Units.Days,
            liquidity, [StoreTables.LiquidityColumn(Metrics.DaysSalesOutstanding)]);

    /// <summary>
    /// A chart that spans the store, by id. Segment charts follow the page's segment filter; their period length is
    /// in their id, so the length filter does not change them.
    /// </summary>
    public static ColumnChart? ForStore(ResultsSnapshot snapshot, string id, SegmentFilter? filter = null) => id switch
    {
        LiquidityCash => Cash(StoreTables.Liquidity(snapshot)),
        LiquidityDso => Dso(StoreTables.Liquidity(snapshot)),
        _ when id.StartsWith(SegmentRevenue, StringComparison.Ordinal)
            || id.StartsWith(ProgramRevenue, StringComparison.Ordinal) =>
            SegmentHistory(StoreTables.SegmentHistory(snapshot, (filter ?? SegmentFilter.All) with { Length = null }),
                filter ?? SegmentFilter.All)
                .FirstOrDefault(c => c.Id == id),
        _ => null,
    };

    /// <summary>Rows of the table as categories, the given columns (periods of one length) as series.</summary>
    private static ColumnChart ByPeriod(string id, string title, FigureTable table, IReadOnlyList<FigureRow> rows,
        IReadOnlyList<int> columns) =>
        ColumnChart.Create(id, title, Units.Usd, [.. rows.Select(r => r.Label)],
        [
            .. columns.Select((c, i) => new ChartSeries(
                table.Columns[c], ColumnChart.Palette[i % ColumnChart.Palette.Length],
                [.. rows.Select(r => r.Cells[c])])),
        ]);

    /// <summary>A category per point; two series, the basis period first (left), then the period.</summary>
    private static ColumnChart Versus(string id, string title, string unit, Period period, Period basis,
        IReadOnlyList<(string Label, Fact? Now, Fact? Then)> points) =>
        ColumnChart.Create(id, title, unit, [.. points.Select(p => p.Label)],
        [
            new ChartSeries(basis.Label, ColumnChart.Palette[0], [.. points.Select(p => p.Then)]),
            new ChartSeries(period.Label, ColumnChart.Palette[1], [.. points.Select(p => p.Now)]),
        ]);

    /// <summary>A metric of the segment table for each row, picked by metric.</summary>
    private static IReadOnlyList<(string Label, Fact? Now, Fact? Then)> Points(
        IEnumerable<FigureRow> rows, string metric)
    {
        var now = PeriodTables.SegmentColumn(metric, priorYear: false);
        var then = PeriodTables.SegmentColumn(metric, priorYear: true);
        return [.. rows.Select(r => (r.Label, r.Cells[now], r.Cells[then]))];
    }
}
