using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace HemaCare.Results.Web.Tests.Security;

/// <summary>
/// Hosts the app as Production with its own SQLite file in a private temp folder, so tests never touch the
/// repository's store. Optionally reads facts from another data folder (for the fault tests).
/// </summary>
public sealed class SecurityTestFactory : WebApplicationFactory<Program>
{
    public SecurityTestFactory() : this(dataDirectory: null, databasePath: null)
    {
    }

    internal SecurityTestFactory(string? dataDirectory, string? databasePath)
    {
        Folder = Directory.CreateTempSubdirectory("hemacare-web-tests-").FullName;
        DatabasePath = databasePath ?? Path.Combine(Folder, "results.db");
        DataDirectory = dataDirectory;
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public string? DataDirectory { get; }

    /// <summary>Every log line the app wrote, as "Level: message".</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Results", $"Data Source={DatabasePath}");
        if (DataDirectory is not null) builder.UseSetting("Results:DataDirectory", DataDirectory);
        builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(Logs)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A folder made unreadable by a fault test is left for the OS to clear; it is under /tmp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

internal sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new QueueLogger(lines);

    public void Dispose()
    {
    }

    private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
