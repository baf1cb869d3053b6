using BenchmarkDotNet.Attributes;
using HemaCare.Results.Web.Components.Pages.Overview;
using HemaCare.Results.Web.Components.Pages.Periods;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// What a page cache miss costs: a cold render of a page component (a new renderer each time, as each request
/// gets) through HtmlRenderer. The store is built once from the repository's data/. Charts come from the
/// per-snapshot chart cache, warmed by the setup's render; <see cref="ChartBenchmarks"/> times drawing one.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private WebApplication _app = null!;
    private IServiceProvider _services = null!;

    [Params("Overview", "PeriodView")]
    public string Page { get; set; } = "Overview";

    /// <summary>Each page with its route parameters, and what its HTML must contain for a render to count.</summary>
    private static readonly
        Dictionary<string, (Type Component, Dictionary<string, object?> Parameters, string[] Expected)> Pages = new()
    {
        ["Overview"] = (typeof(Overview), [], ["href=\"/periods/2003-Q2\""]),
        ["PeriodView"] = (typeof(PeriodView), new() { [nameof(PeriodView.Code)] = "2003-Q2" },
            ["<h2 id=\"segments-heading\">", "<table class=\"figures\">",
             "href=\"/export/periods/2003-Q2/segments.csv\"",
             "aria-labelledby=\"chart-revenue-title\"", "aria-labelledby=\"chart-margin-title\""]),
    };

    [GlobalSetup]
    public void Setup()
    {
        _app = BenchmarkApp.Build();
        _services = _app.Services;

        // An unknown period still renders (a not-found page); measure only a render that shows the page.
        // Synchronous on purpose: an exception from an async setup did not stop the in-process run.
        var html = RenderPage().GetAwaiter().GetResult();
        var missing = Pages[Page].Expected
            .Where(fragment => !html.Contains(fragment, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"{Page} rendered without {string.Join(", ", missing)}:\n{html}");
    }

    [GlobalCleanup]
    public void Cleanup() => ((IDisposable)_app).Dispose();

    [Benchmark]
    public async Task<string> RenderPage()
    {
        var (component, parameters, _) = Pages[Page];
        await using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
