using HemaCare.Results.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Faults;

/// <summary>
/// The output cache keeps a response for 24 hours, keyed by the store version; a rebuild must empty it. A hit
/// carries an Age header, a fresh render none, so eviction is observable from outside.
/// </summary>
public sealed class OutputCacheEvictionTests : IDisposable
{
    private const string Url = "/periods/2003-Q2";

    private readonly string _data = StoreFaultTests.CopyOfData();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_rebuild_serves_the_new_figures_and_evicts_every_cached_response()
    {
        var q2 = Path.Combine(_data, FactsRewrites.Q2File);
        var original = await File.ReadAllTextAsync(q2);
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ResultsStore>();
        var first = await client.GetAsync(Url);
        var firstBody = await first.Content.ReadAsStringAsync();
        first.Headers.Age.Should().BeNull("the first response is rendered");
        (await client.GetAsync(Url)).Headers.Age.Should().NotBeNull("the second is a cache hit");

        FactsRewrites.SwapCaliforniaMobileQ2Periods(_data);
        store.Refresh();
        var changed = await client.GetAsync(Url);
        var changedBody = await changed.Content.ReadAsStringAsync();

        store.Problem.Should().BeNull();
        changedBody.Should().NotBe(firstBody, "California mobile's figures moved between the years");

        // Back to the first facts: the store version is the first one again, so only eviction keeps its old
        // cached response from being served.
        await File.WriteAllTextAsync(q2, original);
        store.Refresh();
        var restored = await client.GetAsync(Url);

        (await restored.Content.ReadAsStringAsync()).Should().Be(firstBody);
        restored.Headers.Age.Should().BeNull("the rebuild evicted the response cached before it");
    }
}
