using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using HemaCare.Results.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HemaCare.Results.Web.Tests.Faults;

/// <summary>
/// Each test hosts the app over its own copy of data/ and its own SQLite file, then breaks one of them.
/// </summary>
public sealed class StoreFaultTests : IDisposable
{
    private const string Q2File = "hemacare-2003-q2-call-script.facts.csv";

    private readonly string _data = CopyOfData();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Corrupt_database_file_is_rebuilt_with_a_warning_and_served()
    {
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        await File.WriteAllTextAsync(factory.DatabasePath, "this is not a SQLite database, it is a note about one");
        using var client = factory.CreateClient();

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Logs.Should().Contain(line => line.StartsWith("Warning:") && line.Contains(factory.DatabasePath)
            && line.Contains("Rebuilding"));
        new StoreFile(factory.DatabasePath).ReadContentHash().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Store_that_cannot_be_built_stops_start_up_naming_the_file_and_the_fix()
    {
        var blocker = Path.Combine(_data, "not-a-folder");
        File.WriteAllText(blocker, "a regular file where the store's folder should be");
        var database = Path.Combine(blocker, "results.db");
        using var factory = new ResultsAppFactory { DataDirectory = _data, DatabasePath = database };

        var start = () => factory.CreateClient();

        var error = start.Should().Throw<Exception>().Which;
        var reason = Chain(error).OfType<StoreUnavailableException>().Should().ContainSingle().Subject;
        reason.Message.Should().Contain(database).And.Contain("point ConnectionStrings:Results at a writable path");
        factory.Logs.Should().Contain($"Critical: {reason.Message}", "operators read why the app stopped in its log");
    }

    /// <summary>
    /// The suite runs as root, for whom permissions do not stop writes, so the read-only modes alone prove
    /// nothing; what the test asserts holds for any user: serving a current store writes nothing beside it
    /// (no -wal, -journal or -shm file, no temporary store) and leaves its bytes unchanged.
    /// </summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Current_store_in_a_read_only_folder_is_served_without_writing_anything_beside_it()
    {
        var folder = Directory.CreateTempSubdirectory("hemacare-readonly-").FullName;
        var database = Path.Combine(folder, "results.db");
        string expected;
        using (var builder = new ResultsAppFactory { DataDirectory = _data, DatabasePath = database })
        using (var client = builder.CreateClient())
            expected = await client.GetStringAsync("/api/facts");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(database);
        var writeTimeBefore = File.GetLastWriteTimeUtc(database);
        File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(folder,
            UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        File.SetUnixFileMode(_data,
            UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        try
        {
            using var factory = new ResultsAppFactory { DataDirectory = _data, DatabasePath = database };
            using var client = factory.CreateClient();

            (await client.GetStringAsync("/api/facts")).Should().Be(expected);
            (await client.GetStringAsync("/periods/2003-Q2")).Should().Contain("Q2 2003");
            (await client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
            Directory.GetFiles(folder).Select(Path.GetFileName).Should()
                .Equal(["results.db"], "a current store is opened read-only: no journal, no rebuild");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.GetFiles(folder).Select(Path.GetFileName).Should().Equal(["results.db"]);
            (await File.ReadAllBytesAsync(database)).Should().Equal(before, "a current store is opened read-only");
            File.GetLastWriteTimeUtc(database).Should().Be(writeTimeBefore);
        }
        finally
        {
            File.SetUnixFileMode(_data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Bad_facts_file_on_restart_keeps_the_last_good_store_and_health_names_the_file_and_line()
    {
        var restart = await RestartOverBrokenInputs(() =>
        {
            var q2 = Path.Combine(_data, Q2File);
            var lines = File.ReadAllLines(q2);
            lines[2] = lines[2].Replace("-264000", "-999000", StringComparison.Ordinal);
            File.WriteAllLines(q2, lines);
        });

        restart.ServedFacts.Should().Be(restart.GoodFacts);
        restart.HealthStatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        restart.HealthBody.Should().Contain($"{Q2File}:3");
    }

    [Fact]
    public async Task Health_is_healthy_with_a_current_store_whose_checks_all_pass()
    {
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        using var client = factory.CreateClient();
        using var health = await client.GetAsync("/healthz");
        var store = factory.Services.GetRequiredService<ResultsStore>();

        store.Current.AllChecksPass.Should().BeTrue();
        health.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()
            .Should().Be("Healthy");
    }

    [Fact]
    public async Task Facts_file_truncated_to_its_header_keeps_the_last_good_store_and_health_names_the_script()
    {
        var restart = await RestartOverBrokenInputs(() =>
        {
            var q2 = Path.Combine(_data, Q2File);
            File.WriteAllText(q2, File.ReadLines(q2).First() + "\n");
        });

        restart.ServedFacts.Should().Be(restart.GoodFacts);
        restart.HealthStatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        restart.HealthBody.Should().Contain("hemacare-2003-q2-call-script.txt:");
    }

    [Fact]
    public async Task Missing_seeds_folder_keeps_serving_the_last_good_store_and_health_names_the_folder()
    {
        var seeds = Directory.CreateTempSubdirectory("hemacare-seeds-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));

        var restart = await RestartOverBrokenInputs(() => Directory.Delete(seeds, recursive: true), seeds);

        restart.ServedFacts.Should().Be(restart.GoodFacts);
        restart.HealthStatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        restart.HealthBody.Should().Contain("seeds/: folder not found").And.NotContain(seeds);
    }

    [Fact]
    public async Task Health_reports_the_content_hash_of_the_store_it_serves_through_the_health_check_service()
    {
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        using var client = factory.CreateClient();
        using var health = await client.GetAsync("/healthz");
        var store = factory.Services.GetRequiredService<ResultsStore>();
        var checks = factory.Services.GetRequiredService<HealthCheckService>();

        var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("contentHash").GetString().Should().Be(store.Current.Version).And.MatchRegex("^[0-9a-f]{64}$");
        (await checks.CheckHealthAsync()).Status.Should().Be(HealthStatus.Healthy);
        health.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Requests_during_repeated_rebuilds_see_the_old_or_the_new_facts_never_an_error_or_a_mix()
    {
        var q2 = Path.Combine(_data, Q2File);
        var variantA = await File.ReadAllTextAsync(q2);
        var variantB = variantA + ExtraRow;
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ResultsStore>();
        var bodyA = await client.GetStringAsync("/api/facts");
        await File.WriteAllTextAsync(q2, variantB);
        store.Refresh();
        store.Problem.Should().BeNull("variant B must be a valid facts file");
        var bodyB = await client.GetStringAsync("/api/facts");
        bodyB.Should().NotBe(bodyA);

        var seen = new ConcurrentBag<string>();
        var done = false;
        var rebuilds = Task.Run(() =>
        {
            for (var i = 0; i < 12; i++)
            {
                File.WriteAllText(q2, i % 2 == 0 ? variantA : variantB);
                store.Refresh();
            }
            Volatile.Write(ref done, true);
        });
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var n = 0; n < 25 || !Volatile.Read(ref done); n++)
            {
                using var response = await client.GetAsync("/api/facts");
                var body = await response.Content.ReadAsStringAsync();
                seen.Add(response.StatusCode != HttpStatusCode.OK ? $"{(int)response.StatusCode}: {body}"
                    : body == bodyA ? "A" : body == bodyB ? "B" : $"mix: {body.Length} chars");
            }
        })).ToList();
        await Task.WhenAll(readers.Append(rebuilds));

        seen.Should().OnlyContain(s => s == "A" || s == "B");
        seen.Should().HaveCountGreaterThanOrEqualTo(200);
    }

    /// <summary>A valid extra fact: it cites a figure another fact cites too, so no mention goes uncited.</summary>
    internal const string ExtraRow =
        "q2-extra-revenue-2003-q2,2003-Q2,,,revenue,6900000,usd,,"
        + "Revenues during the most recent quarter were $6.9 million\n";

    /// <summary>What the app serves when restarted over broken inputs, beside what its first start served.</summary>
    private sealed record Restart(
        string GoodFacts, string ServedFacts, HttpStatusCode HealthStatusCode, string HealthBody);

    /// <summary>
    /// Starts the app once over this test's copy of data/ (and <paramref name="seeds"/>, when given) to build a good
    /// store, runs <paramref name="breakInputs"/>, then starts the app again over the same store file and reads
    /// /api/facts and /healthz.
    /// </summary>
    private async Task<Restart> RestartOverBrokenInputs(Action breakInputs, string? seeds = null)
    {
        var database = Path.Combine(_data, "results.db");
        ResultsAppFactory Start() => new() { DataDirectory = _data, SeedsDirectory = seeds, DatabasePath = database };
        string goodFacts;
        using (var first = Start())
        using (var client = first.CreateClient())
            goodFacts = await client.GetStringAsync("/api/facts");
        breakInputs();

        using var restarted = Start();
        using var restartedClient = restarted.CreateClient();
        using var health = await restartedClient.GetAsync("/healthz");
        var servedFacts = await restartedClient.GetStringAsync("/api/facts");
        return new Restart(goodFacts, servedFacts, health.StatusCode, await health.Content.ReadAsStringAsync());
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                    yield return inner;
        }
    }

    internal static string CopyOfData()
    {
        var source = RepositoryPaths.Data;
        var copy = Directory.CreateTempSubdirectory("hemacare-data-").FullName;
        foreach (var file in Directory.GetFiles(source).Where(f => f.EndsWith(".csv") || f.EndsWith(".sha256")))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }
}
