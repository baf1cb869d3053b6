using System.Net;
using System.Text.Json;
using HemaCare.Results.Checks;
using HemaCare.Results.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Faults;

public sealed class FailingCheckHealthTests : IDisposable
{
    private readonly string _data = StoreFaultTests.CopyOfData();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Health_is_503_naming_the_check_when_a_verified_figure_breaks_a_sum()
    {
        FactsRewrites.SwapCaliforniaMobileQ2Periods(_data);
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        using var client = factory.CreateClient();

        using var health = await client.GetAsync("/healthz");

        var store = factory.Services.GetRequiredService<ResultsStore>();
        store.Problem.Should().BeNull("every row still verifies; only a check fails");
        var failing = store.Current.Checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Id).ToList();
        failing.Should().HaveCountGreaterThan(1, "so the report must list problems apart, not joined");
        health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        report.GetProperty("status").GetString().Should().Be("Unhealthy");
        var problems = report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        problems.Select(p => p.Split(' ')[1]).Should().Equal(failing, "one problem per failing check, in order");
        problems.Should().OnlyContain(p => p.StartsWith("Check ", StringComparison.Ordinal) && p.Contains(" fails: "));
        report.GetProperty("contentHash").GetString().Should().Be(store.Current.Version);
    }
}
