using System.Diagnostics;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Tests.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Hosting;

/// <summary>A SIGHUP reaches every app hosted in the test process, so these tests run alone.</summary>
[CollectionDefinition(nameof(ReloadSignalTests), DisableParallelization = true)]
public sealed class ReloadSignalCollection;

/// <summary>
/// SIGHUP re-reads data/ and seeds/ without a restart (the README's "Adding a quarter" relies on it): the
/// store rebuilds if they changed, and the process keeps running.
/// </summary>
[Collection(nameof(ReloadSignalTests))]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReloadSignalTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _data = StoreFaultTests.CopyOfData();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Sighup_rebuilds_the_store_from_changed_facts_and_logs_the_store_it_serves()
    {
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ResultsStore>();
        var before = store.Current.Version;
        FactsRewrites.SwapCaliforniaMobileQ2Periods(_data);

        await SendSighupToThisProcess();
        var served = await WaitForLog(factory, "Information: Serving the store ");

        store.Current.Version.Should().NotBe(before, "the facts changed");
        factory.Logs.Should().Contain("Information: SIGHUP: re-reading data/ and seeds/.");
        served.Should().Be($"Information: Serving the store {store.Current.Version}.");
        (await client.GetAsync("/")).IsSuccessStatusCode.Should().BeTrue("the process keeps running");
    }

    [Fact]
    public async Task Sighup_with_a_broken_facts_file_keeps_the_snapshot_and_logs_why()
    {
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ResultsStore>();
        var before = store.Current.Version;
        await File.WriteAllTextAsync(Path.Combine(_data, FactsRewrites.Q2File), "id,period\n");

        await SendSighupToThisProcess();
        var served = await WaitForLog(factory, "Information: Serving the store ");

        store.Current.Version.Should().Be(before);
        store.Problem.Should().NotBeNull();
        served.Should().Be($"Information: Serving the store {before} ({store.Problem}).");
    }

    private static async Task SendSighupToThisProcess()
    {
        using var kill = Process.Start("kill", ["-HUP", Environment.ProcessId.ToString()])!;
        await kill.WaitForExitAsync();
        kill.ExitCode.Should().Be(0);
    }

    private static async Task<string> WaitForLog(ResultsAppFactory factory, string start)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            if (factory.Logs.FirstOrDefault(line => line.StartsWith(start, StringComparison.Ordinal)) is { } line)
                return line;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No log line starting \"{start}\" within {Patience}: {string.Join(" | ", factory.Logs)}");
    }
}
