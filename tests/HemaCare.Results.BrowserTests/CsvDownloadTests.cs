using CsvHelper;

namespace HemaCare.Results.BrowserTests;

[Collection(AppServerCollection.Name)]
public class CsvDownloadTests(AppServer server)
{
    /// <summary>
    /// The table a download link belongs to: the one its aria-describedby/aria-controls names, else the nearest
    /// before it.
    /// </summary>
    private const string TableOfLink = """
        link => {
          for (const attr of ['aria-controls', 'aria-describedby']) {
            for (const id of (link.getAttribute(attr) || '').split(/\s+/).filter(Boolean)) {
              const el = document.getElementById(id);
              const table = el && (el.matches('table') ? el : el.querySelector('table'));
              if (table) return table.id || (table.id = 'csv-table-under-test');
            }
          }
          const before = [...document.querySelectorAll('table')]
            .filter(t => t.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING);
          const table = before[before.length - 1];
          return table ? (table.id || (table.id = 'csv-table-under-test')) : null;
        }
        """;

    [Fact]
    public async Task A_downloaded_csv_has_the_rows_of_the_table_it_belongs_to()
    {
        var pages = await server.CrawledPagesAsync();
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        var downloadLinks = page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Download CSV" });
        string? found = null;
        foreach (var visit in pages.Where(p => p.Status == 200))
        {
            await page.GotoAsync(visit.Path);
            if (await downloadLinks.CountAsync() > 0) { found = visit.Path; break; }
        }
        found.Should().NotBeNull("some page offers a table as a CSV download");
        var link = downloadLinks.First;
        var tableId = await link.EvaluateAsync<string?>(TableOfLink);
        tableId.Should().NotBeNull($"the Download CSV link on {found} should belong to a table");
        var table = page.Locator($"[id='{tableId}']");
        // Each cell with a figure gives its fact's id; each empty cell that says why gives none.
        var tableCells = await table.Locator("tbody td").EvaluateAllAsync<string[]>(@"cells => cells
            .filter(c => c.hasAttribute('data-fact') || c.querySelector('.gap, .not-applicable'))
            .map(c => c.getAttribute('data-fact') ?? '')");
        tableCells.Should().Contain(id => id.Length > 0, $"the table on {found} shows figures");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var (header, rows) = ReadCsv(await download.PathAsync());

        // One CSV record per cell the table shows, in the table's reading order: nothing more, nothing less.
        var idColumn = Array.IndexOf(header, "id");
        idColumn.Should().BeGreaterThanOrEqualTo(0, "the CSV names the fact behind each value");
        rows.Select(r => r[idColumn]).Should()
            .Equal(tableCells, $"the CSV from {found} should hold exactly the cells of its table");
    }

    private static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        using var csv = CsvReader.Create(
            File.OpenText(path), new CsvReaderOptions { HasHeader = true }, leaveOpen: false);
        var header = csv.Headers.ToArray();
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add([.. Enumerable.Range(0, header.Length).Select(csv.GetString)]);
        return (header, rows);
    }
}
