using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using HemaCare.Results.Web.Tests.Pages;

namespace HemaCare.Results.Web.Tests.Exports;

public sealed class WideCsvTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Theory]
    [InlineData("/periods/2003-Q2", 0, "/export/periods/2003-Q2/income.csv")]
    [InlineData("/periods/2003-Q2", 1, "/export/periods/2003-Q2/segments.csv")]
    [InlineData("/periods/2003-FY", 1, "/export/periods/2003-FY/segments.csv")]
    [InlineData("/periods/2003-12-31", 0, "/export/periods/2003-12-31/balance-sheet.csv")]
    [InlineData("/periods/2003-FY", 2, "/export/periods/2003-FY/other-figures.csv")]
    [InlineData("/periods/2003-Q2", 2, "/export/periods/2003-Q2/other-figures.csv")]
    [InlineData("/segments", 0, "/export/segments.csv")]
    [InlineData("/liquidity", 0, "/export/liquidity.csv")]
    [InlineData("/liquidity", 1, "/export/debt-reduction.csv")]
    public async Task Wide_csv_read_back_equals_the_page_table(string page, int tableIndex, string csvUrl)
    {
        var client = factory.CreateClient();
        var table = (await Html.GetAsync(client, page)).QuerySelectorAll("table.figures")[tableIndex];
        var facts = await ApiFacts.ByIdAsync(client,
            table.QuerySelectorAll("td[data-fact]").Select(td => td.GetAttribute("data-fact")!));

        var response = await client.GetAsync(csvUrl + "?shape=wide");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var records = Read(await response.Content.ReadAsByteArrayAsync());

        records[0].Should().Equal(table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        records.Should().HaveCount(rows.Count + 1);
        foreach (var (tr, record) in rows.Zip(records.Skip(1)))
        {
            var labels = tr.Children.Where(c => !c.ClassList.Contains("num"))
                .Select(c => c.TextContent.Trim()).ToList();
            record.Take(labels.Count).Should().Equal(labels);
            var expected = tr.QuerySelectorAll("td.num")
                .Select(td => td.GetAttribute("data-fact") is { Length: > 0 } id ? facts[id].Rounded : (decimal?)null);
            record.Skip(labels.Count).Select(Number).Should().Equal(expected, $"{labels[0]} in {csvUrl}");
        }
    }

    [Fact]
    public async Task Wide_csv_claims_no_digit_a_derived_figure_does_not_support()
    {
        var records = Read(await factory.CreateClient()
            .GetByteArrayAsync("/export/periods/2003-FY/segments.csv?shape=wide"));

        // Company revenue less blood services pins FY blood products revenue to $19.93M–$20.08M (2003) and
        // $19.34M–$19.50M (2002): the page shows $20.0M and $19.4M, and so does the sheet.
        var bloodProducts = records.Single(r => r[0] == "Blood products");
        bloodProducts.Take(3).Should().Equal("Blood products", "20000000", "19400000");
    }

    [Fact]
    public async Task Wide_csv_never_writes_a_number_outside_the_figures_interval()
    {
        var records = Read(await factory.CreateClient()
            .GetByteArrayAsync("/export/periods/2003-Q2/segments.csv?shape=wide"));

        // Q2 2002 blood products revenue is $4.72M–$4.77M: the page shows "$4.7M ($4.72M to $4.77M)", and 4700000
        // would be a figure the scripts rule out, so the cell takes one digit more.
        records.Single(r => r[0] == "Blood products")[2].Should().Be("4750000");
    }

    [Theory]
    [InlineData("/export/periods/2003-Q2/segments.csv")]
    [InlineData("/export/segments.csv")]
    public async Task Wide_csv_figure_cells_hold_plain_invariant_numbers_or_nothing(string csvUrl)
    {
        var records = Read(await factory.CreateClient().GetByteArrayAsync(csvUrl + "?shape=wide"));
        var labelColumns = records[0].Contains("Metric") ? 2 : 1;

        records.Skip(1).SelectMany(r => r.Skip(labelColumns)).Should().NotBeEmpty()
            .And.OnlyContain(cell => cell.Length == 0
                || System.Text.RegularExpressions.Regex.IsMatch(cell, @"^-?\d+(\.\d+)?$"));
    }

    [Fact]
    public async Task Long_stays_the_default_shape()
    {
        var client = factory.CreateClient();
        var plain = await client.GetByteArrayAsync("/export/periods/2003-Q2/segments.csv");
        var asked = await client.GetByteArrayAsync("/export/periods/2003-Q2/segments.csv?shape=long");

        asked.Should().Equal(plain);
        Encoding.UTF8.GetString(plain).Should().StartWith("\uFEFFrow,column,id,");
    }

    [Fact]
    public async Task Wide_csv_is_named_as_such_with_a_bom_and_crlf()
    {
        var response = await factory.CreateClient().GetAsync("/export/periods/2003-Q2/segments.csv?shape=wide");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.ContentDisposition!.FileName.Should().Be("hemacare-2003-Q2-segments-wide.csv");
        bytes.Take(3).Should().Equal(Encoding.UTF8.Preamble.ToArray());
        Encoding.UTF8.GetString(bytes).Replace("\r\n", "").Should().NotContain("\n");
    }

    [Theory]
    [InlineData("/export/periods/2003-Q2/segments.csv?shape=tall")]
    [InlineData("/export/segments.csv?shape=WIDE")]
    [InlineData("/export/checks.csv?shape=")]
    [InlineData("/export/periods/2003-FY/other-figures.csv?shape=long,wide")]
    [InlineData("/export/periods/2099-Q1/income.csv?shape=pivot")]
    public async Task Unknown_shape_returns_400_problem_details(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("tall").And.NotContain("pivot");
    }

    private static decimal? Number(string cell) =>
        cell.Length == 0
            ? null
            : decimal.Parse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture);

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = new StreamReader(
            new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = false }, leaveOpen: false);
        var records = new List<string[]>();
        while (csv.Read()) records.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)!)]);
        return records;
    }
}
