using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HemaCare.Results.Web.Tests.Health;

/// <summary>What /healthz says about checks other than the store's, as a load balancer or an operator reads it.</summary>
public sealed class HealthReportTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Report)> HealthWith(Action<IHealthChecksBuilder> checks)
    {
        using var app = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => checks(services.AddHealthChecks())));
        using var response = await app.CreateClient().GetAsync("/healthz");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static List<string> Problems(JsonElement report) =>
        [.. report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!)];

    [Fact]
    public async Task A_healthy_store_reports_its_content_hash_and_no_problems()
    {
        var (status, report) = await HealthWith(checks => checks.AddCheck("fine", () => HealthCheckResult.Healthy()));

        status.Should().Be(HttpStatusCode.OK);
        report.GetProperty("status").GetString().Should().Be("Healthy");
        report.GetProperty("contentHash").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        Problems(report).Should().BeEmpty();
    }

    [Fact]
    public async Task A_check_that_throws_makes_health_503_naming_the_exception()
    {
        var (status, report) = await HealthWith(checks =>
            checks.AddCheck("disk", () => throw new InvalidOperationException("The disk is full.")));

        status.Should().Be(HttpStatusCode.ServiceUnavailable);
        report.GetProperty("status").GetString().Should().Be("Unhealthy");
        Problems(report).Should().Equal("The disk is full.");
        report.GetProperty("contentHash").GetString().Should().NotBeNullOrEmpty("the store's check still reports it");
    }

    [Fact]
    public async Task A_failing_check_that_gives_no_reason_is_reported_as_unhealthy() =>
        Problems((await HealthWith(checks => checks.AddCheck("quiet", () => HealthCheckResult.Unhealthy()))).Report)
            .Should().Equal("Unhealthy");

    [Fact]
    public async Task A_degraded_check_is_reported_by_its_description() =>
        Problems((await HealthWith(checks =>
                checks.AddCheck("queue", () => HealthCheckResult.Degraded("The queue is slow.")))).Report)
            .Should().Equal("The queue is slow.");

    [Fact]
    public async Task A_failing_check_with_only_an_exception_is_reported_by_its_message() =>
        Problems((await HealthWith(checks => checks.AddCheck("mail",
                () => HealthCheckResult.Unhealthy(exception: new InvalidOperationException("No mail server."))))).Report)
            .Should().Equal("No mail server.");
}
