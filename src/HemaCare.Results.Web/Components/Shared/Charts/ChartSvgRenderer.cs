using System.Xml.Linq;
using HemaCare.Results.Presentation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;

namespace HemaCare.Results.Web.Components.Shared.Charts;

/// <summary>
/// Renders a <see cref="RadzenColumnChart"/> to HTML on its own renderer and makes it a standalone SVG, for the
/// page (inline) and the download (a file) alike.
/// </summary>
public sealed class ChartSvgRenderer(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public async Task<XElement> RenderAsync(ColumnChart chart)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Radzen's chart asks for a TooltipService, which subscribes to navigation; outside a request nothing has
        // set the navigation manager up. The chart never navigates, so any absolute base will do.
        if (scope.ServiceProvider.GetRequiredService<NavigationManager>() is IHostEnvironmentNavigationManager navigation)
            navigation.Initialize("http://localhost/", "http://localhost/");
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(RadzenColumnChart.Chart)] = chart });
            var output = await renderer.RenderComponentAsync<RadzenColumnChart>(parameters);
            return output.ToHtmlString();
        });
        return ChartSvg.FromRadzen(html, chart);
    }
}
