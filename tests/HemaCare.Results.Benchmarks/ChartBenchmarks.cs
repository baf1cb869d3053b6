using BenchmarkDotNet.Attributes;
using HemaCare.Results.Web.Presentation;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Charts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// What the first view of a chart after a store rebuild costs: Radzen's render on its own HtmlRenderer and the
/// conversion to a standalone SVG, without the per-snapshot cache that later views hit.
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private WebApplication _app = null!;
    private ChartSvgRenderer _renderer = null!;
    private ColumnChart _chart = null!;

    [GlobalSetup]
    public void Setup()
    {
        _app = BenchmarkApp.Build();
        _renderer = _app.Services.GetRequiredService<ChartSvgRenderer>();
        var snapshot = _app.Services.GetRequiredService<ResultsSnapshot>();
        var period = Period.Parse("2003-Q2");
        _chart = DashboardCharts.ForPeriod(snapshot, period, period.PriorYear, DashboardCharts.PeriodRevenue)!;
        var svg = DrawRevenueChart().GetAwaiter().GetResult();
        if (!svg.Contains("<title>Blood products, Q2 2003: $5.1M</title>", StringComparison.Ordinal))
            throw new InvalidOperationException("The Q2 2003 revenue chart was drawn without its Blood products bar.");
    }

    [GlobalCleanup]
    public void Cleanup() => ((IDisposable)_app).Dispose();

    /// <summary>The Q2 2003 revenue chart (five categories, two series), drawn afresh.</summary>
    [Benchmark]
    public Task<string> DrawRevenueChart() => _renderer.DrawAsync(_chart);
}
