using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace HemaCare.Results.Web.Tests;

/// <summary>
/// Hosts the app in memory as Production with its own SQLite file in a private temp folder, deleted on dispose,
/// so tests never touch the repository's store. By default it reads the repository's data/ and seeds/; a test can
/// point it at its own folders or database file instead.
/// </summary>
public sealed class ResultsAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hemacare-web-tests-").FullName;

    public ResultsAppFactory() => DatabasePath = Path.Combine(_folder, "results.db");

    /// <summary>A data/ folder to read instead of the repository's.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>A seeds/ folder to read instead of the repository's.</summary>
    public string? SeedsDirectory { get; init; }

    /// <summary>The SQLite file; by default in the private folder. A file set here is the test's to delete.</summary>
    public string DatabasePath { get; init; }

    /// <summary>Every log line the app wrote at Information or above, as "Level: message".</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>
    /// As a class fixture, the app starts before the class's first test rather than inside it. Mutation testing
    /// credits code to the test running when it first ran: started inside a test, the app's start-up (middleware,
    /// services, the store) would count as tested by that one test only, and a mutant there would be tried
    /// against it alone. Started here, outside every test, Stryker tries such mutants against all of them.
    /// </summary>
    public Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Results", $"Data Source={DatabasePath}");
        if (DataDirectory is not null) builder.UseSetting("Results:DataDirectory", DataDirectory);
        if (SeedsDirectory is not null) builder.UseSetting("Results:SeedsDirectory", SeedsDirectory);
        builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(Logs)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder made unreadable by a fault test is left for the OS to clear; it is under the temp folder.
        }
    }
}
