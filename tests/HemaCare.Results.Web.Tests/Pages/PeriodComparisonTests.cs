using System.Net;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Pages;

public sealed class PeriodComparisonTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private ResultsSnapshot Snapshot => factory.Services.GetRequiredService<ResultsStore>().Current;

    [Fact]
    public async Task Vs_compares_the_period_with_the_named_period_instead_of_the_prior_year()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/periods/2003-Q2?vs=2003-Q1");

        page.QuerySelector("h1")!.TextContent.Should().Be("Q2 2003 against Q1 2003");
        var income = page.QuerySelectorAll("table.figures")[0];
        income.QuerySelector("caption")!.TextContent.Should().Be("Income summary, Q2 2003 against Q1 2003");
        income.QuerySelectorAll("thead th").Select(th => th.TextContent)
            .Should().Equal("Figure", "Q2 2003", "Q1 2003", "Change", "Change %");
        page.QuerySelectorAll("table.figures")[1].QuerySelectorAll("thead th").Select(th => th.TextContent)
            .Should().Contain(["Revenue Q2 2003", "Revenue Q1 2003", "Revenue change", "Revenue change %"]);
    }

    [Fact]
    public async Task Sequential_change_is_a_derived_figure_with_the_interval_of_both_inputs()
    {
        var q2 = Period.Parse("2003-Q2");
        var q1 = Period.Parse("2003-Q1");
        var now = Snapshot.Index.Find("2003-Q2", ScopeKey.Company, Metrics.NetIncome)!;
        var then = Snapshot.Index.Find("2003-Q1", ScopeKey.Company, Metrics.NetIncome)!;

        var change = ChangeFigures.Difference(Snapshot, q2, q1, ScopeKey.Company, Metrics.NetIncome).Fact!;
        var page = await Html.GetAsync(factory.CreateClient(), "/periods/2003-Q2?vs=2003-Q1");

        change.Value.Should().Be(now.Value - then.Value).And.Be(-280_000m);
        change.Low.Should().Be(now.Low - then.High);
        change.High.Should().Be(now.High - then.Low);
        change.Inputs.Should().Equal(now.Id, then.Id);
        change.Formula.Should().Be("Company net income (loss), Q2 2003 − Company net income (loss), Q1 2003");
        var cell = page.QuerySelector($"td[data-fact='{change.Id}']")!;
        cell.QuerySelector(".figure.derived")!.TextContent.Should().StartWith(FigureFormatter.Format(change));
        cell.ClassList.Should().Contain("unfavourable", "a fall in net income is bad news");
        cell.QuerySelector(".verdict")!.TextContent.Should().Be("worse");
    }

    [Theory]
    [InlineData("/periods/2003-Q2?vs=2003-Q1")]
    [InlineData("/periods/2003-12-31?vs=2003-06-30")]
    [InlineData("/periods/2003-Q2")]
    public async Task Every_computed_change_on_a_page_can_be_found_again_by_its_id(string url)
    {
        var page = await Html.GetAsync(factory.CreateClient(), url);

        var ids = page.QuerySelectorAll("td[data-fact]").Select(td => td.GetAttribute("data-fact")!)
            .Where(id => id.StartsWith(ChangeFigures.IdPrefix, StringComparison.Ordinal)).ToList();

        ids.Should().NotBeEmpty(url);
        foreach (var id in ids) ChangeFigures.Find(Snapshot, id)?.Id.Should().Be(id);
        ids.Should().OnlyContain(id => ChangeFigures.Find(Snapshot, id) != null);
        ChangeFigures.Find(Snapshot, "c-revenue-change-company-2003-q2-vs-2099-q1").Should().BeNull();
        ChangeFigures.Find(Snapshot, "d-revenue-company-2003-q1").Should().BeNull();
    }

    [Fact]
    public async Task Period_view_links_to_the_prior_year_and_the_previous_quarter()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/periods/2003-Q2");

        var compare = page.QuerySelector("nav[aria-label='Compare with']")!;
        compare.QuerySelector("a[href='/periods/2003-Q2']")!.TextContent
            .Should().Contain("Q2 2002").And.Contain("a year earlier");
        compare.QuerySelector("a[href='/periods/2003-Q2']")!.GetAttribute("aria-current").Should().Be("page");
        compare.QuerySelector("a[href='/periods/2003-Q2?vs=2003-Q1']")!.TextContent
            .Should().Contain("previous quarter");
        compare.QuerySelectorAll("a").Select(a => a.GetAttribute("href"))
            .Should().OnlyContain(h => !h!.Contains("FY") && !h.Contains("-12-31"));
    }

    [Theory]
    [InlineData("/periods/2003-Q2?vs=2099-Q1")]
    [InlineData("/periods/2003-Q2?vs=Q1")]
    [InlineData("/periods/2003-Q2?vs=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/periods/2003-12-31?vs=2001-12-31")]
    public async Task Unknown_comparison_period_is_a_404_page_listing_the_valid_choices(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await Html.GetAsync(factory.CreateClient(), url);
        var main = page.QuerySelector("main")!.InnerHtml;
        main.Should().Contain("Comparison period not found").And.Contain("?vs=");
        main.Should().NotContain("<script").And.NotContain("alert").And.NotContain("2099").And.NotContain("2001-12-31");
    }

    [Theory]
    [InlineData("/periods/2003-Q2?vs=2003-FY", "/periods/2003-Q2?vs=2003-Q1")]
    [InlineData("/periods/2003-Q2?vs=2003-06-30", "/periods/2003-Q2?vs=2002-Q2")]
    [InlineData("/periods/2003-Q2?vs=2003-Q2", "/periods/2003-Q2?vs=2003-Q4")]
    [InlineData("/periods/2003-12-31?vs=2003-Q4", "/periods/2003-12-31?vs=2003-06-30")]
    [InlineData("/periods/2003-FY?vs=2003-H1", "/periods/2003-FY?vs=2002-FY")]
    public async Task Incomparable_period_is_a_400_page_listing_the_valid_choices(string url, string validChoice)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("These periods cannot be compared").And.Contain($"href=\"{validChoice}\"");
    }

    [Theory]
    [InlineData("/export/periods/2003-Q2/income.csv?vs=2099-Q1", HttpStatusCode.NotFound)]
    [InlineData("/export/periods/2003-Q2/segments.csv?vs=2003-FY", HttpStatusCode.BadRequest)]
    [InlineData("/export/periods/2003-12-31/balance-sheet.csv?vs=2003-Q4", HttpStatusCode.BadRequest)]
    [InlineData("/export/periods/2003-Q2/revenue.svg?vs=%3Cb%3E", HttpStatusCode.NotFound)]
    public async Task Export_with_an_unusable_comparison_is_a_problem_listing_the_choices(
        string url, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var text = problem.GetProperty("title").GetString() + " " + problem.GetProperty("detail").GetString();
        text.Should().NotContain("<b>").And.NotContain("2099").And.Contain("can be compared with");
    }

    [Fact]
    public async Task Export_follows_the_comparison_and_names_it_in_the_file()
    {
        var response = await factory.CreateClient().GetAsync("/export/periods/2003-Q2/income.csv?vs=2003-Q1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("hemacare-2003-Q2-vs-2003-Q1-income.csv");
        var records = Exports.TableCsvAssert.Read(await response.Content.ReadAsByteArrayAsync());
        records.Select(r => r["column"]).Distinct().Should().Equal("Q2 2003", "Q1 2003", "Change", "Change %");
        records
            .Should().Contain(r => r["row"] == "Net income (loss)" && r["column"] == "Change"
                && r["value"] == "-280000");
    }

    [Fact]
    public async Task No_comparison_input_makes_the_server_fail()
    {
        var client = factory.CreateClient();
        var inputs = new[]
        {
            "", "%00", "2003-Q2%2F..", "2003-13-45", "9999-Q1", "2003-Q5", "2003-H3", "%E2%80%AE", new string('9', 300),
        };

        foreach (var input in inputs)
        {
            foreach (var path in new[]
                { "/periods/2003-Q2", "/periods/2003-12-31", "/export/periods/2003-Q2/income.csv" })
            {
                var response = await client.GetAsync($"{path}?vs={input}");
                ((int)response.StatusCode).Should().BeOneOf([200, 400, 404], $"{path}?vs={input}");
            }
        }
    }
}
