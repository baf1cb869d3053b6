using System.Net;
using System.Text.Json;

namespace HemaCare.Results.Web.Tests.Api;

public class FactApiTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static readonly string[] FactFields =
        ["id", "period", "segment", "program", "metric", "value", "unit", "decimals", "qualifier", "basis", "formula", "inputs",
            "document", "quote", "low", "high", "url"];

    private async Task<JsonElement[]> GetFacts(string query = "")
    {
        var response = await factory.CreateClient().GetAsync("/api/facts" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    [Fact]
    public async Task Facts_are_served_with_camel_case_fields()
    {
        var facts = await GetFacts();

        facts.Should().HaveCountGreaterThan(100);
        foreach (var fact in facts)
            fact.EnumerateObject().Select(p => p.Name).Should().Contain(FactFields);
    }

    [Fact]
    public async Task A_stated_fact_carries_its_document_and_quote_and_a_derived_one_its_formula_and_inputs()
    {
        var facts = await GetFacts();

        var stated = facts.Single(f => f.GetProperty("id").GetString() == "q2-revenue-blood-products-2003-q2");
        stated.GetProperty("basis").GetString().Should().Be("stated");
        stated.GetProperty("value").GetDecimal().Should().Be(5_100_000m);
        stated.GetProperty("decimals").GetInt32().Should().Be(-5);
        stated.GetProperty("unit").GetString().Should().Be("usd");
        stated.GetProperty("document").GetString().Should().Be("hemacare-2003-q2-call-script");
        stated.GetProperty("quote").GetString().Should().Contain("$5.1 million");

        var derived = facts.First(f => f.GetProperty("basis").GetString() == "derived");
        derived.GetProperty("formula").GetString().Should().NotBeNullOrEmpty();
        derived.GetProperty("inputs").GetArrayLength().Should().BePositive();
        derived.GetProperty("document").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Facts_filter_by_period()
    {
        var all = await GetFacts();
        var quarter = await GetFacts("?period=2003-Q2");

        quarter.Should().NotBeEmpty().And.OnlyContain(f => f.GetProperty("period").GetString() == "2003-Q2");
        quarter.Length.Should().Be(all.Count(f => f.GetProperty("period").GetString() == "2003-Q2"));
    }

    [Fact]
    public async Task Facts_filter_by_metric_and_period_together()
    {
        var revenue = await GetFacts("?metric=revenue");
        var quarterRevenue = await GetFacts("?period=2003-Q2&metric=revenue");

        revenue.Should().NotBeEmpty().And.OnlyContain(f => f.GetProperty("metric").GetString() == "revenue");
        quarterRevenue.Should().NotBeEmpty().And.OnlyContain(f =>
            f.GetProperty("metric").GetString() == "revenue" && f.GetProperty("period").GetString() == "2003-Q2");
        quarterRevenue.Length.Should().BeLessThan(revenue.Length);
    }

    [Theory]
    [InlineData("/api/facts?period=2003-Q9", "Unknown period")]
    [InlineData("/api/facts?period=1999-Q2", "Unknown period")]
    [InlineData("/api/facts?metric=ebitda", "Unknown metric")]
    [InlineData("/export/facts.csv?period=nonsense", "Unknown period")]
    public async Task An_unknown_period_or_metric_is_a_404_problem(string url, string title)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(404);
        problem.RootElement.GetProperty("title").GetString().Should().StartWith(title);
    }

    [Fact]
    public async Task One_fact_by_id_is_the_same_object_as_in_the_list_with_its_interval_and_page()
    {
        var listed = (await GetFacts())
            .Single(f => f.GetProperty("id").GetString() == "d-revenue-blood-products-2002-fy");

        var response = await factory.CreateClient().GetAsync("/api/facts/d-revenue-blood-products-2002-fy");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetRawText().Should().Be(listed.GetRawText());
        json.RootElement.GetProperty("url").GetString().Should().Be("/facts/d-revenue-blood-products-2002-fy");
        json.RootElement.GetProperty("low").GetDecimal().Should().BeApproximately(19_341_212m, 1m);
        json.RootElement.GetProperty("high").GetDecimal().Should().BeApproximately(19_498_402m, 1m);
    }

    [Fact]
    public async Task Q2_net_loss_is_served_with_the_scripts_hedge_and_the_interval_it_allows()
    {
        // The Q2 2003 script: "our loss for the second quarter was approximately $272,000".
        var response = await factory.CreateClient().GetAsync("/api/facts/q2-net-income-2003-q2");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fact = json.RootElement;
        fact.GetProperty("qualifier").GetString().Should().Be("approximately");
        fact.GetProperty("basis").GetString().Should().Be("stated");
        fact.GetProperty("value").GetDecimal().Should().Be(-272_000m);
        fact.GetProperty("low").GetDecimal().Should().Be(-272_500m);
        fact.GetProperty("high").GetDecimal().Should().Be(-271_500m);
        fact.GetProperty("quote").GetString().Should().Contain("approximately $272,000");
    }

    [Fact]
    public async Task An_unknown_fact_id_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/facts/no-such-fact");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().Should().Be("Unknown fact");
    }
}
