using System.Net;

namespace HemaCare.Results.Web.Tests.Security;

[CollectionDefinition(nameof(MemoryMeasurement), DisableParallelization = true)]
public sealed class MemoryMeasurement;

/// <summary>
/// Hostile traffic must not grow the output cache: every request below gets a 200, but the cache keeps at most
/// one entry per page and per real parameter value. Runs alone so other tests do not move the GC heap.
/// </summary>
[Collection(nameof(MemoryMeasurement))]
public sealed class OutputCacheMemoryTests
{
    private const int Requests = 100_000;
    private const long Budget = 64L * 1024 * 1024;

    /// <summary>A valid query (a balance-sheet date has no revenue) whose 200 answer is two bytes.</summary>
    private const string Small = "/api/facts?period=2003-06-30&metric=revenue";

    [Fact]
    public async Task A_hundred_thousand_unique_queries_and_hosts_leave_the_managed_heap_within_64_MB()
    {
        using var factory = new ResultsAppFactory();
        using var client = factory.CreateClient();
        var padding = new string('q', 400);
        (await client.GetStringAsync(Small)).Should()
            .Be("[]", "a tiny body is what lets keys outweigh the cache's size limit");
        await Send(client, 0, 2_000, padding);
        var before = SettledHeap();

        await Send(client, 2_000, Requests, padding);
        var grown = SettledHeap() - before;

        grown.Should().BeLessThan(Budget, $"{Requests:N0} hostile requests grew the heap by {grown / 1024 / 1024} MB");
    }

    /// <summary>Even requests: a unique unknown query parameter; odd: a unique Host header. All answer 200.</summary>
    private static async Task Send(HttpClient client, int from, int to, string padding)
    {
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = from + worker; i < to; i += 4)
            {
                using var request = i % 2 == 0
                    ? new HttpRequestMessage(HttpMethod.Get, $"{Small}&u{i}={padding}")
                    : new HttpRequestMessage(HttpMethod.Get, Small) { Headers = { Host = $"h{i}.example" } };
                using var response = await client.SendAsync(request);
                response.StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }));
        await Task.WhenAll(workers);
    }

    private static long SettledHeap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
