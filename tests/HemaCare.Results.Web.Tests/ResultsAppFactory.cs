using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HemaCare.Results.Web.Tests;

/// <summary>
/// Hosts the app in memory with its own SQLite file, deleted on dispose. By default it reads the repository's
/// data/ and seeds/; a test can point it at its own folders instead.
/// </summary>
public class ResultsAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"hemacare-web-tests-{Guid.NewGuid():N}.db");
    /// <summary>A data/ folder to read instead of the repository's.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>A seeds/ folder to read instead of the repository's.</summary>
    public string? SeedsDirectory { get; init; }

    public string DatabasePath => _databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Results", $"Data Source={_databasePath}");
        if (DataDirectory is not null) builder.UseSetting("Results:DataDirectory", DataDirectory);
        if (SeedsDirectory is not null) builder.UseSetting("Results:SeedsDirectory", SeedsDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
