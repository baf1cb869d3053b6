using HemaCare.Results.Store;
using HemaCare.Results.Web.Components.Layout;
using HemaCare.Results.Web.Charts;
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
        services.AddExceptionHandler<MachineReadableExceptionHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<ThemeState>();
        services.AddRazorComponents();
        services.AddRadzenComponents();
        services.AddSingleton<ChartSvgRenderer>();
        services.AddSingleton<StoreOutputCachePolicy>();
        services.AddOutputCache(cache =>
        {
            // Bounds memory whatever query strings clients invent; least-recently-used entries go first.
            cache.SizeLimit = 32 * 1024 * 1024;
        });
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<StoreOutputCachePolicy>((cache, policy) => cache.AddBasePolicy(policy));
        services.AddHostedService<OutputCacheEviction>();
    }

    /// <summary>Builds or opens the store before the first request; a store that cannot be had stops start-up with its reason.</summary>
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

    /// <summary>
    /// Headers first so every response has them; then the method gate and the error page. Conditional GETs of
    /// exports and the API are answered (304) before the output cache is even asked. The output cache
    /// sits after routing (it reads endpoint metadata such as /healthz's NoCache) and before everything that
    /// costs per request, so a hit skips rendering and antiforgery. Status code pages run inside the cache
    /// (a re-execution must not pass the cache middleware twice), so routing runs again after them: it skips
    /// a request already routed and routes a re-executed /not-found. Antiforgery stays only because Razor
    /// component endpoints refuse to run without it, even for GET (checked: without it every page is a 500);
    /// for GET it validates nothing.
    /// </summary>
    public static void UseResultsPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<ReadOnlyMethodsMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorResponses.ErrorPath, createScopeForErrors: true);
            app.UseHsts();
        }
        if (ServedOverHttps(app.Configuration))
            app.UseHttpsRedirection();
        app.UseRouting();
        app.UseMiddleware<StoreETagMiddleware>();
        app.UseOutputCache();
        app.UseStatusCodePages(ErrorResponses.WriteStatusCodeBody);
        app.UseRouting();
        app.Use(UnknownResourceStatus.Set);
        app.UseAntiforgery();
    }

    /// <summary>True when an https URL or port is configured; plain-HTTP runs get no redirection.</summary>
    private static bool ServedOverHttps(IConfiguration configuration) =>
        (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(configuration["https_port"] ?? configuration["ASPNETCORE_HTTPS_PORT"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Any(e => e["Url"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true);
}
