using System.Text.Json.Serialization;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Components.Layout;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Endpoints;
using HemaCare.Results.Web.Health;
using Radzen;

namespace HemaCare.Results.Web.Hosting;

public static class ApplicationServiceExtensions
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var services = builder.Services;
        services.AddSingleton(StorePaths.Resolve(builder.Configuration, builder.Environment.ContentRootPath));
        services.AddSingleton<ResultsStore>();
        services.AddTransient(sp => sp.GetRequiredService<ResultsStore>().Current);
        services.AddProblemDetails();
        services.AddOpenApi(OpenApiDocumentInfo.Configure);
        // Enums go over the wire as their one lower-snake-case name: "stated", "derived", "pass", "fail".
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(WireNames.Policy)));
        services.AddHttpContextAccessor();
        services.AddScoped<ThemeState>();
        services.AddRazorComponents();
        services.AddRadzenComponents();
        services.AddSingleton<ChartSvgRenderer>();
        services.AddSingleton<StoreOutputCachePolicy>();
        services.AddOutputCache(cache =>
        {
            // Bounds the bodies; StoreOutputCachePolicy bounds the number of keys.
            cache.SizeLimit = 32 * 1024 * 1024;
            // Routes keep a code's case (/periods/2003-q2 is a 404), so the key must too.
            cache.UseCaseSensitivePaths = true;
        });
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<StoreOutputCachePolicy>((cache, policy) => cache.AddBasePolicy(policy));
        services.AddHostedService<OutputCacheEviction>();
        services.AddHostedService<StoreReloadSignal>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
    }

    /// <summary>
    /// Builds or opens the store before the first request; a store that cannot be had stops start-up with its reason.
    /// </summary>
    public static void OpenResultsStore(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ResultsStore>();
        try
        {
            store.Refresh();
        }
        catch (StoreUnavailableException e)
        {
            app.Logger.LogCritical("{Message}", e.Message);
            throw;
        }
    }
}
