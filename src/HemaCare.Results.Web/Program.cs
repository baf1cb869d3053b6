using HemaCare.Results.Web.Components;
using HemaCare.Results.Web.Endpoints;
using HemaCare.Results.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.OpenResultsStore();
app.UseResultsPipeline();

app.MapFactEndpoints();
app.MapCheckEndpoints();
app.MapExportEndpoints();
app.MapQuarterExportEndpoints();
app.MapThemeEndpoints();
app.MapSourceEndpoints();
app.MapHealthEndpoints();
app.MapStaticAssets();
app.MapRazorComponents<App>();

app.Run();

/// <summary>Entry point, public so integration tests can host it.</summary>
public partial class Program;
