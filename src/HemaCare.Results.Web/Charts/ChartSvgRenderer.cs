using System.Globalization;
using System.Xml.Linq;
using HemaCare.Results.Web.Presentation;
using HemaCare.Results.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// Renders a <see cref="RadzenColumnChart"/> to HTML on its own renderer and makes it a standalone SVG, for the
/// page (inline) and the download (a file) alike. A chart depends only on its snapshot, and Radzen's render is
/// most of a period view's cost, so each chart is drawn once per snapshot (a draw is deterministic, so even a
/// failed one need not be retried).
/// </summary>
public sealed class ChartSvgRenderer(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    /// <summary>
    /// The chart's SVG element as markup. Chart ids are unique per view and titles name the period, so together they
    /// identify a chart.
    /// </summary>
    public Task<string> SvgAsync(ResultsSnapshot snapshot, ColumnChart chart) =>
        snapshot.Memo($"chart/{chart.Id}/{chart.Title}", () => DrawAsync(chart, ChartSources.Line(snapshot, chart)));

    /// <summary>Draws the chart afresh, bypassing the per-snapshot cache.</summary>
    internal async Task<string> DrawAsync(ColumnChart chart, string source = "")
    {
        var axis = ChartAxis.For(chart);
        await using var scope = scopes.CreateAsyncScope();
        // Radzen's chart asks for a TooltipService, which subscribes to navigation; outside a request nothing has
        // set the navigation manager up. The chart never navigates, so any absolute base will do.
        var navigationManager = scope.ServiceProvider.GetRequiredService<NavigationManager>();
        if (navigationManager is IHostEnvironmentNavigationManager navigation)
            navigation.Initialize("http://localhost/", "http://localhost/");
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // SVG numbers are invariant; Radzen and the tick template format coordinates with the current culture
            // (under de-DE, x="482,99" is no coordinate at all).
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var parameters = ParameterView.FromDictionary(
                new Dictionary<string, object?>
                {
                    [nameof(RadzenColumnChart.Chart)] = chart, [nameof(RadzenColumnChart.Axis)] = axis,
                });
            var output = await renderer.RenderComponentAsync<RadzenColumnChart>(parameters);
            return output.ToHtmlString();
        });
        return ChartSvg.FromRadzen(html, chart, axis, source).ToString(SaveOptions.DisableFormatting);
    }
}
