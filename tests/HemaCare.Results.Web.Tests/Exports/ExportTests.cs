using System.Net;
using System.Text;
using System.Xml.Linq;
using CsvHelper;
using HemaCare.Results.Web.Tests.Pages;

namespace HemaCare.Results.Web.Tests.Exports;

public sealed class ExportTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Theory]
    [InlineData("/periods/2003-Q2", "/export/periods/2003-Q2/segments.csv", 1)]
    [InlineData("/periods/2003-Q2", "/export/periods/2003-Q2/income.csv", 0)]
    [InlineData("/segments", "/export/segments.csv", 0)]
    [InlineData("/liquidity", "/export/liquidity.csv", 0)]
    [InlineData("/liquidity", "/export/debt-reduction.csv", 1)]
    [InlineData("/periods/2003-12-31", "/export/periods/2003-12-31/balance-sheet.csv", 0)]
    [InlineData("/periods/2003-FY", "/export/periods/2003-FY/other-figures.csv", 2)]
    [InlineData("/periods/2003-Q2?vs=2003-Q1", "/export/periods/2003-Q2/income.csv?vs=2003-Q1", 0)]
    [InlineData("/periods/2003-Q2?vs=2003-Q1", "/export/periods/2003-Q2/segments.csv?vs=2003-Q1", 1)]
    [InlineData("/periods/2003-12-31?vs=2003-06-30", "/export/periods/2003-12-31/balance-sheet.csv?vs=2003-06-30", 0)]
    public async Task Csv_holds_exactly_the_cells_the_table_shows(string page, string csvUrl, int tableIndex)
    {
        var client = factory.CreateClient();
        var document = await Html.GetAsync(client, page);
        var table = document.QuerySelectorAll("table.figures")[tableIndex];

        TableCsvAssert.CellsOf(table).Should().Contain(c => c.Id.Length > 0);
        TableCsvAssert.CsvEqualsTable(await client.GetByteArrayAsync(csvUrl), table);
    }

    [Fact]
    public async Task Csv_is_utf8_with_bom_crlf_header_and_a_file_name()
    {
        var response = await factory.CreateClient().GetAsync("/export/periods/2003-Q2/segments.csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("hemacare-2003-Q2-segments.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(Encoding.UTF8.Preamble.ToArray());
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().StartWith("row,column,id,period,segment,program,metric,value,unit,decimals,"
            + "qualifier,basis,source,low,high,url\r\n");
        text.Replace("\r\n", "").Should().NotContain("\n", "records end with CRLF (quotes hold no line breaks)");
        TableCsvAssert.Read(bytes).Should().Contain(r => r["metric"] == "gross_profit" && r["value"] == "-130000");
    }

    [Fact]
    public async Task Other_figures_csv_holds_the_stated_figures_no_table_of_the_view_shows()
    {
        var response = await factory.CreateClient().GetAsync("/export/periods/2003-FY/other-figures.csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName.Should().Be("hemacare-2003-FY-other-figures.csv");
        var records = TableCsvAssert.Read(await response.Content.ReadAsByteArrayAsync());
        // The annual script: "a 100% valuation reserve against our deferred tax assets, which contributed
        // $2,984,000 to the reported loss" and, later, "by almost $3 million".
        records.Should().Contain(r => r["row"] == "Company: Valuation allowance charge" && r["value"] == "2984000"
            && r["basis"] == "stated" && r["qualifier"] == "");
        records.Should().Contain(r => r["row"] == "Company: Valuation allowance charge (stated again)"
            && r["value"] == "3000000" && r["qualifier"] == "almost" && r["low"] == "2000000");
    }

    [Theory]
    [InlineData("/export/periods/2099-Q1/segments.csv")]
    [InlineData("/export/periods/2099-Q1/income.csv")]
    [InlineData("/export/periods/2099-Q1/revenue.svg")]
    [InlineData("/export/periods/2099-12-31/balance-sheet.csv")]
    [InlineData("/export/periods/2003-Q2/balance-sheet.csv")]
    [InlineData("/export/periods/2003-12-31/income.csv")]
    [InlineData("/export/periods/2003-12-31/segments.csv")]
    [InlineData("/export/periods/2099-Q1/other-figures.csv")]
    public async Task Csv_export_of_unknown_period_returns_404(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("/periods/2003-Q2", "/export/periods/2003-Q2/revenue.svg")]
    [InlineData("/periods/2003-Q2", "/export/periods/2003-Q2/margin.svg")]
    [InlineData("/segments", "/export/charts/segment-revenue-quarter.svg")]
    [InlineData("/liquidity", "/export/charts/liquidity-cash.svg")]
    [InlineData("/liquidity", "/export/charts/liquidity-dso.svg")]
    public async Task Svg_download_is_the_page_chart_as_a_well_formed_svg_document(string page, string svgUrl)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(svgUrl);

        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        svg.Root!.Name.Should().Be(ns + "svg");
        svg.Root.Attribute("font-family").Should().NotBeNull();
        svg.Descendants(ns + "rect").Where(r => r.Parent!.Name != ns + "clipPath").Should().OnlyContain(r =>
            r.Attribute("fill") != null && !r.Attribute("fill")!.Value.Contains("var("));

        var html = await Html.GetAsync(client, page);
        var title = svg.Root.Element(ns + "title")!.Value;
        html.QuerySelectorAll("svg > title").Select(t => t.TextContent).Should().Contain(title);
        html.QuerySelector($"a[href='{svgUrl}']").Should().NotBeNull();
    }
}
