using System.Net;
using System.Text.Json;

namespace HemaCare.Results.Web.Tests.Api;

public class CheckApiTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Fact]
    public async Task Checks_are_served_with_status_description_intervals_and_fact_ids()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/api/checks");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.EnumerateArray().ToList();
        checks.Should().HaveCountGreaterThan(10);
        using var factsJson = JsonDocument.Parse(await client.GetStringAsync("/api/facts"));
        var factIds = factsJson.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToHashSet();
        foreach (var check in checks)
        {
            check.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
            check.GetProperty("status").GetString().Should().BeOneOf("pass", "fail");
            check.GetProperty("description").GetString().Should().NotBeNullOrEmpty();
            foreach (var side in new[] { "expected", "computed" })
                check.GetProperty(side).GetProperty("low").GetDecimal().Should()
                    .BeLessThanOrEqualTo(check.GetProperty(side).GetProperty("high").GetDecimal());
            check.GetProperty("factIds").EnumerateArray().Select(i =>
                i.GetString()).Should().NotBeEmpty().And.OnlyContain(id => factIds.Contains(id));
        }
    }

    [Fact]
    public async Task Every_check_on_the_shipped_data_passes()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/checks"));

        json.RootElement.EnumerateArray().Where(c => c.GetProperty("status").GetString() != "pass")
            .Select(c => c.GetProperty("id").GetString()).Should().BeEmpty();
    }
}
