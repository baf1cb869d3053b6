using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using HemaCare.Results.Web.Exports;
using HemaCare.Results.Web.Tests.Pages;

namespace HemaCare.Results.Web.Tests.Exports;

public sealed class WorkbookTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private const string Whole = "/export/hemacare-results.xlsx";

    public static readonly TheoryData<string> Workbooks =
        [Whole, "/export/periods/2003-Q2.xlsx", "/export/periods/2003-FY.xlsx", "/export/periods/2003-12-31.xlsx"];

    private async Task<Xlsx> GetWorkbook(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(WorkbookWriter.ContentType);
        return Xlsx.Read(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public async Task Workbook_passes_the_OpenXml_validator(string url)
    {
        var workbook = await GetWorkbook(url);

        workbook.Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public async Task Sheets_have_short_unique_names_a_frozen_header_and_set_column_widths(string url)
    {
        var workbook = await GetWorkbook(url);

        workbook.Sheets.Select(s => s.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length <= 31);
        workbook.Sheets.Select(s => s.Name).Should().StartWith("About").And.EndWith(["Facts", "Checks"]);
        foreach (var sheet in workbook.Sheets)
        {
            sheet.FrozenAt.Should().MatchRegex("^[A-C]2$", $"{sheet.Name} keeps its header row in view");
            sheet.ColumnWidths.Should().HaveCount(sheet.Header.Count, $"{sheet.Name} sets a width for every column");
        }
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public async Task Each_column_is_wide_enough_for_the_words_its_number_formats_print(string url)
    {
        var workbook = await GetWorkbook(url);

        foreach (var sheet in workbook.Sheets)
            foreach (var row in sheet.Records)
                for (var c = 0; c < row.Count; c++)
                    if (row[c] is { Number: not null, Format: { } format })
                        sheet.ColumnWidths[c].Should().BeGreaterThan(QuotedText(format).Length + 1,
                            $"{sheet.Name} column {c + 1} prints '{QuotedText(format)}' (else it shows ###)");
    }

    /// <summary>The quoted words of a number format's first section: a hedge, a unit, a range.</summary>
    private static string QuotedText(string format)
    {
        var section = format.Split(';')[0];
        return string.Concat(section.Split('"').Where((_, i) => i % 2 == 1));
    }

    [Fact]
    public async Task Whole_workbook_holds_every_reported_period_view_and_the_store_tables()
    {
        var workbook = await GetWorkbook(Whole);

        workbook.Sheets.Select(s => s.Name).Should().Equal(
            "About", "2003-Q2 Income", "2003-Q2 Segments", "2003-06-30 Balance sheet", "2003-Q4 Income",
            "2003-Q4 Segments", "2003-12-31 Balance sheet", "2003-FY Income", "2003-FY Segments", "Segments",
            "Liquidity", "Debt reduction", "2002 Quarters", "2002 Quarter ends", "2003 Quarters", "2003 Quarter ends",
            "Facts", "Checks");
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public async Task Every_table_sheet_matches_the_page_table_with_its_caption_cell_for_cell(string url)
    {
        var client = factory.CreateClient();
        var workbook = await GetWorkbook(url);
        var tables = workbook["About"].Records
            .Where(r => r[0]?.Text is { } name && workbook.Sheets.Any(s => s.Name == name)
                && name is not "Facts" and not "Checks")
            .Select(r => (Sheet: workbook[r[0]!.Text!], Caption: r[1]!.Text!))
            .ToList();

        tables.Should().NotBeEmpty();
        foreach (var (sheet, caption) in tables)
        {
            var page = await Html.GetAsync(client, PageOf(sheet.Name));
            var table = page.QuerySelectorAll("table.figures")
                .SingleOrDefault(t => t.QuerySelector("caption")?.TextContent.Trim() == caption);
            table.Should().NotBeNull($"{PageOf(sheet.Name)} shows a table captioned '{caption}'");
            var shown = await ApiFacts.ByIdAsync(client,
                table!.QuerySelectorAll("td[data-fact]").Select(td => td.GetAttribute("data-fact")!));
            CompareCellForCell(sheet, table!, shown);
        }
    }

    private static void CompareCellForCell(XlsxSheet sheet, IElement table, IReadOnlyDictionary<string, ApiFact> facts)
    {
        sheet.Header.Should().Equal(table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()), sheet.Name);
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        sheet.Records.Should().HaveCount(rows.Count, sheet.Name);
        foreach (var (tr, cells) in rows.Zip(sheet.Records))
        {
            var labels = tr.Children.Where(c => !c.ClassList.Contains("num"))
                .Select(c => c.TextContent.Trim()).ToList();
            var figures = tr.QuerySelectorAll("td.num").ToList();
            cells.Take(labels.Count).Select(c => c?.Text).Should().Equal(labels, sheet.Name);
            for (var i = 0; i < figures.Count; i++)
            {
                var id = figures[i].GetAttribute("data-fact");
                var cell = labels.Count + i < cells.Count ? cells[labels.Count + i] : null;
                var where = $"{sheet.Name}, row '{labels[0]}', column {sheet.Header[labels.Count + i]}";
                if (string.IsNullOrEmpty(id))
                {
                    cell.Should().BeNull($"{where} shows no figure on the page");
                    continue;
                }
                cell.Should().NotBeNull(where);
                cell!.Number.Should().Be(facts[id].Value, where);
                cell.Format.Should().NotBeNullOrEmpty(where);
                cell.Italic.Should().Be(facts[id].Basis == "derived", $"{where}: only derived figures are italic");
            }
        }
    }

    private static string PageOf(string sheetName) => sheetName switch
    {
        "Segments" => "/segments",
        "Liquidity" or "Debt reduction" => "/liquidity",
        _ when sheetName.EndsWith(" Quarters", StringComparison.Ordinal)
            || sheetName.EndsWith(" Quarter ends", StringComparison.Ordinal) => "/quarters/" + sheetName.Split(' ')[0],
        _ => "/periods/" + sheetName.Split(' ')[0],
    };

    [Theory]
    [InlineData(Whole, null)]
    [InlineData("/export/periods/2003-Q2.xlsx", "2003-Q2")]
    [InlineData("/export/periods/2003-12-31.xlsx", "2003-12-31")]
    public async Task Facts_sheet_numbers_equal_the_api_figures_and_link_to_each_figure_page(string url, string? period)
    {
        var client = factory.CreateClient();
        var api = await ApiFacts.ListAsync(client);
        var facts = (await GetWorkbook(url))["Facts"];
        var expected = period is null
            ? api
            : [.. api.Where(f => f.Period == period || f.Period == Vocabulary.Period.Parse(period).PriorYear.Code)];
        int Col(string name) => facts.Column(name);

        facts.Records.Select(r => r[Col("id")]!.Text).Should().Equal(expected.Select(f => f.Id));
        foreach (var (row, fact) in facts.Records.Zip(expected))
        {
            row[Col("value")]!.Number.Should().Be(fact.Value, fact.Id);
            row[Col("low")]!.Number.Should().Be(fact.Low, fact.Id);
            row[Col("high")]!.Number.Should().Be(fact.High, fact.Id);
            row[Col("basis")]!.Text.Should().Be(fact.Basis);
            row[Col("value")]!.Italic.Should().Be(fact.Basis == "derived", fact.Id);
            row[Col("url")]!.Link.Should().Be($"http://localhost/facts/{fact.Id}");
            row[Col("url")]!.Text.Should().Be(row[Col("url")]!.Link);
        }
    }

    [Fact]
    public async Task Workbook_links_to_the_host_it_was_asked_from_even_after_another_host_filled_the_cache()
    {
        var client = factory.CreateClient();
        async Task<string> FirstLink(string host)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/export/periods/2003-FY.xlsx");
            request.Headers.Host = host;
            var response = await client.SendAsync(request);
            var facts = Xlsx.Read(await response.Content.ReadAsByteArrayAsync())["Facts"];
            return facts.Records.First()[facts.Column("url")]!.Link!;
        }

        var first = await FirstLink("results.example");
        var second = await FirstLink("mirror.example");
        var again = await FirstLink("results.example");

        first.Should().StartWith("http://results.example/facts/");
        second.Should().StartWith("http://mirror.example/facts/");
        again.Should().Be(first);
    }

    [Fact]
    public async Task Checks_sheet_holds_every_check_with_its_intervals_as_numbers()
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/checks"));
        var api = json.RootElement.EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        var checks = (await GetWorkbook(Whole))["Checks"];

        checks.Records.Select(r => r[0]!.Text).Should().BeEquivalentTo(api.Keys);
        foreach (var row in checks.Records)
        {
            var check = api[row[0]!.Text!];
            row[checks.Column("status")]!.Text.Should().Be(check.GetProperty("status").GetString());
            row[checks.Column("expected low")]!.Number
                .Should().Be(check.GetProperty("expected").GetProperty("low").GetDecimal());
            row[checks.Column("computed high")]!.Number
                .Should().Be(check.GetProperty("computed").GetProperty("high").GetDecimal());
        }
    }

    [Fact]
    public async Task Workbook_properties_name_the_source_scripts()
    {
        var workbook = await GetWorkbook(Whole);

        workbook.Properties["title"].Should().Be("HemaCare 2003 results");
        workbook.Properties["subject"].Should().NotBeNullOrEmpty();
        foreach (var script in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Select(Path.GetFileName))
        {
            workbook.Properties["description"].Should().Contain(script);
            workbook["About"].Records.Should().Contain(r => r[0]!.Text == "Sources" && r[1]!.Text!.Contains(script!));
        }
    }

    [Fact]
    public async Task Workbook_bytes_depend_only_on_the_store_as_a_strong_etag_promises()
    {
        var snapshot = RepositoryPaths.NewSnapshot();

        var first = WorkbookWriter.Write(ResultsWorkbook.Whole(snapshot, "http://localhost"));
        await Task.Delay(1100);
        var second = WorkbookWriter.Write(ResultsWorkbook.Whole(snapshot, "http://localhost"));

        second.Should().Equal(first);
    }

    [Theory]
    [InlineData("/export/periods/2099-Q1.xlsx")]
    [InlineData("/export/periods/not-a-period.xlsx")]
    public async Task Workbook_of_unknown_period_returns_404_problem_details(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Theory]
    [InlineData("/periods/2003-Q2", "/export/periods/2003-Q2.xlsx")]
    [InlineData("/periods/2003-12-31", "/export/periods/2003-12-31.xlsx")]
    [InlineData("/segments", Whole)]
    [InlineData("/liquidity", Whole)]
    [InlineData("/checks", Whole)]
    public async Task Every_download_csv_link_has_a_download_excel_link_beside_it(string page, string workbook)
    {
        var client = factory.CreateClient();
        var html = await Html.GetAsync(client, page);
        var downloads = html.QuerySelectorAll("p.downloads")
            .Where(p => p.QuerySelector("a[href$='.csv']") is not null).ToList();

        downloads.Should().NotBeEmpty();
        foreach (var links in downloads)
        {
            var excel = links.QuerySelector("a[href$='.xlsx']");
            excel.Should().NotBeNull();
            excel!.TextContent.Trim().Should().Be("Download Excel");
            excel.GetAttribute("href").Should().Be(workbook);
        }
        (await client.GetAsync(workbook)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
