using HemaCare.Results.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// The app's own service registrations (Radzen, the chart renderer, the theme), serving an in-memory snapshot of the
/// repository's data/.
/// </summary>
internal static class BenchmarkApp
{
    public static WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddApplicationServices();
        builder.Services.AddSingleton(RepositoryPaths.NewSnapshot());
        builder.Services.AddSingleton<IHttpContextAccessor>(
            new HttpContextAccessor { HttpContext = new DefaultHttpContext() });
        builder.Logging.ClearProviders();
        return builder.Build();
    }
}
