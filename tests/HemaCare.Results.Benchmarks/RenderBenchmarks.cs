using BenchmarkDotNet.Attributes;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Components.Layout;
using HemaCare.Results.Web.Exports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// What a cache miss costs: a cold render of a page component (a new renderer each time, as each request
/// gets) through HtmlRenderer, and the CSV export. The store is built once from the repository's data/.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private ServiceProvider _services = null!;
    private ResultsSnapshot _snapshot = null!;

    /// <summary>
    /// The page rendered. Add the period view when it lands, e.g.
    /// typeof(HemaCare.Results.Web.Components.Pages.Periods.PeriodView) with Parameters { Code = "2003-Q2" }.
    /// </summary>
    [Params("Overview")]
    public string Page { get; set; } = "Overview";

    private static readonly Dictionary<string, (Type Component, Dictionary<string, object?> Parameters)> Pages = new()
    {
        ["Overview"] = (typeof(Web.Components.Pages.Overview.Overview), []),
    };

    [GlobalSetup]
    public void Setup()
    {
        var source = new FactSource(Path.Combine(RepositoryRoot(), "data"), Path.Combine(RepositoryRoot(), "seeds"));
        var import = FactsImport.Run(source);
        _snapshot = new ResultsSnapshot(StoreFile.ContentHash(source), import.Facts, import.Documents, import.Checks);
        var services = new ServiceCollection();
        services.AddSingleton(_snapshot);
        services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = new DefaultHttpContext() });
        services.AddScoped<ThemeState>();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        _services = services.BuildServiceProvider();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public async Task<string> RenderPage()
    {
        var (component, parameters) = Pages[Page];
        await using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    [Benchmark]
    public byte[] FactsCsv() => FactCsv.Write(_snapshot.Facts);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HemaCare.Results.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (HemaCare.Results.sln).");
    }
}
