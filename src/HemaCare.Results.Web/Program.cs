using HemaCare.Results.Web.Components;
using HemaCare.Results.Web.Endpoints;
using HemaCare.Results.Web.Health;
using HemaCare.Results.Web.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = StaticAssetRoots.PublishedWebRoot(),
});
builder.UseBuildStaticWebAssets();
builder.AddApplicationServices();

var app = builder.Build();
app.OpenResultsStore();

// Headers first, so every response has them: pages, exports, API, static files, errors and cache hits.
app.UseMiddleware<SecurityHeadersMiddleware>();
// The site is read-only; anything but GET and HEAD is refused before any work is done.
app.UseMiddleware<ReadOnlyMethodsMiddleware>();
// An empty, malformed or over-long Host is refused before anything builds a URL from it.
app.UseMiddleware<HostHeaderMiddleware>();
// Static files answer a whole 200 to a Range request rather than a 206 that claims a part.
app.UseMiddleware<RangeRequestsMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionResponses();
    app.UseHsts();
}
if (HttpsConfiguration.IsConfigured(app.Configuration))
    app.UseHttpsRedirection();
// The output cache reads endpoint metadata (such as /healthz's NoCache), so routing runs before it.
app.UseRouting();
// Exports and the API carry a strong ETag of the store; a conditional GET with the current tag gets a bodiless
// 304 before the output cache is even asked.
app.UseMiddleware<StoreETagMiddleware>();
// Before everything that costs per request, so a hit skips rendering and antiforgery.
app.UseOutputCache();
// Status code pages run inside the cache, so a re-execution does not pass the cache middleware twice.
// /api and /export answer a bodiless error with problem+json; a browser route's 404 shows /not-found.
app.UseWhen(ErrorResponses.IsMachineReadable, api => api.UseStatusCodePages(ErrorResponses.WriteProblem));
app.UseWhen(context => !ErrorResponses.IsMachineReadable(context),
    pages => pages.UseStatusCodePagesWithReExecute(ErrorResponses.NotFoundPath, createScopeForStatusCodePages: true));
// Routing again: it skips a request already routed above and routes a re-executed /not-found.
app.UseRouting();
// Kept by hand: NavigationManager.NotFound() would replace the period and source pages' own 404 bodies
// (which list the periods or scripts there are) with the router's NotFoundPage.
app.Use(UnknownResourceStatus.Set);
// Razor component endpoints refuse to run without it, even for GET (for which it validates nothing).
app.UseAntiforgery();

app.MapResultsApi();
app.MapExportEndpoints();
app.MapQuarterExportEndpoints();
// /openapi/v1.json describes every /api and /export endpoint; /api is the same list for people.
app.MapOpenApi();
app.MapThemeEndpoints();
app.MapSourceEndpoints();
app.MapHealthEndpoints();
app.MapStaticAssets();
app.MapRazorComponents<App>();

app.Run();

/// <summary>Entry point, public so integration tests can host it.</summary>
public partial class Program;
