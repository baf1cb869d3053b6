using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HemaCare.Results.Web.Tests.Pages;

/// <summary>Hosts the app with its SQLite store in a private temp file; optionally on other data/ and seeds/ folders.</summary>
public sealed class PagesTestFactory : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"hemacare-pages-{Guid.NewGuid():N}.db");

    public string? DataDirectory { get; init; }

    public string? SeedsDirectory { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Results", $"Data Source={_database}");
        if (DataDirectory is not null) builder.UseSetting("Results:DataDirectory", DataDirectory);
        if (SeedsDirectory is not null) builder.UseSetting("Results:SeedsDirectory", SeedsDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_database) + "*")) File.Delete(file);
    }
}
