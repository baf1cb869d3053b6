using BenchmarkDotNet.Attributes;
using HemaCare.Results.Web.Components.Layout;
using HemaCare.Results.Web.Components.Pages.Overview;
using HemaCare.Results.Web.Components.Pages.Periods;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// What a page cache miss costs: a cold render of a page component (a new renderer each time, as each request
/// gets) through HtmlRenderer. The store is built once from the repository's data/.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private ServiceProvider _services = null!;

    [Params("Overview", "PeriodView")]
    public string Page { get; set; } = "Overview";

    /// <summary>Each page with its route parameters, and what its HTML must contain for a render to count.</summary>
    private static readonly Dictionary<string, (Type Component, Dictionary<string, object?> Parameters, string[] Expected)> Pages = new()
    {
        ["Overview"] = (typeof(Overview), [], ["href=\"/periods/2003-Q2\""]),
        ["PeriodView"] = (typeof(PeriodView), new() { [nameof(PeriodView.Code)] = "2003-Q2" },
            ["<h2 id=\"segments-heading\">", "<table class=\"figures\">", "href=\"/export/periods/2003-Q2/segments.csv\""]),
    };

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddSingleton(RepositorySnapshot.Build());
        services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = new DefaultHttpContext() });
        services.AddScoped<ThemeState>();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        _services = services.BuildServiceProvider();

        // An unknown period still renders (a not-found page); measure only a render that shows the page.
        // Synchronous on purpose: an exception from an async setup did not stop the in-process run.
        var html = RenderPage().GetAwaiter().GetResult();
        var missing = Pages[Page].Expected.Where(fragment => !html.Contains(fragment, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"{Page} rendered without {string.Join(", ", missing)}:\n{html}");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

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
