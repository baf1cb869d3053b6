using HemaCare.Results.Store;
using HemaCare.Results.Web.Components.Layout;
using Radzen;

namespace HemaCare.Results.Web.Hosting;

public static class ApplicationServiceExtensions
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(StorePaths.Resolve(builder.Configuration, builder.Environment.ContentRootPath));
        services.AddSingleton<ResultsStore>();
        services.AddTransient(sp => sp.GetRequiredService<ResultsStore>().Current);
        services.AddProblemDetails();
        services.AddHttpContextAccessor();
        services.AddScoped<ThemeState>();
        services.AddRazorComponents();
        services.AddRadzenComponents();
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

    public static void UseResultsPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePages();
        app.Use(UnknownResourceStatus.Set);
        app.UseAntiforgery();
    }
}
