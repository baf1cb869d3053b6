using AngleSharp.Dom;
using HemaCare.Results.Vocabulary;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Pages;

/// <summary>
/// Balance sheets compare everything stated at both dates; change columns hold one unit each and judge by the measure.
/// </summary>
public sealed class ChangeColumnsTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Fact]
    public async Task Balance_sheet_gives_every_figure_stated_at_both_dates_its_change_in_its_own_unit()
    {
        var csv = await CsvAsync("/export/periods/2003-12-31/balance-sheet.csv");

        Value(csv, "Working capital", "Change").Should().Be(("-2295000", "usd"));
        Value(csv, "Accounts receivable, net", "Change").Should().Be(("-1804000", "usd"));
        Value(csv, "Days sales outstanding", "Change").Should().Be(("-20", "days"));
        Value(csv, "Cash", "Change").Should().Be(("-113000", "usd"));
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        decimal.Parse(Value(csv, "Working capital", "Change %").Value, invariant)
            .Should().BeApproximately(-66.06m, 0.01m);
        Record(csv, "Days sales outstanding", "Change %")["basis"].Should().Be("not_applicable");
    }

    [Fact]
    public async Task A_change_is_missing_only_where_a_side_is_and_the_note_says_which()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/periods/2003-12-31");
        var table = page.QuerySelectorAll("table.figures")[0];

        var columns = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var gaps = table.QuerySelectorAll("a.gap").ToList();
        gaps.Should().NotBeEmpty();
        foreach (var gap in gaps)
        {
            var tr = gap.Closest("tr")!;
            var column = columns[tr.QuerySelectorAll("td").ToList().IndexOf(gap.Closest("td")!) + 1];
            tr.QuerySelector("th")!.TextContent
                .Should().StartWith("Line of credit", "every other figure is stated at both dates");
            var title = gap.GetAttribute("title")!;
            title.Should().Contain("December 31, 2002 line of credit");
            if (column.StartsWith("Change", StringComparison.Ordinal)) title.Should().EndWith("is not stated.");
            else column.Should().Be("December 31, 2002");
            page.GetElementById(gap.GetAttribute("href")!.TrimStart('#'))!.TextContent.Should().Be(title);
        }
    }

    [Fact]
    public async Task Eps_and_share_of_revenue_rows_show_a_change_where_both_sides_exist()
    {
        var csv = await CsvAsync("/export/periods/2003-Q2/income.csv");

        Value(csv, "EPS, basic", "Change").Should().Be(("-0.04", "usd_per_share"));
        Value(csv, "G&A as % of revenue", "Change").Should().Be(("-3", "pp"));
        Record(csv, "G&A as % of revenue", "Change %")["basis"].Should().Be("not_applicable");
    }

    [Fact]
    public async Task Colour_follows_the_measure_and_says_so_in_a_word()
    {
        var table = await TableAsync("/periods/2003-Q2", 0);

        var gAndA = CellElement(table, "General and administrative", "Change");
        var netIncome = CellElement(table, "Net income (loss)", "Change");
        gAndA.ClassList.Should().Contain("favourable", "G&A fell, which is good news");
        gAndA.QuerySelector(".verdict")!.TextContent.Should().Be("better");
        gAndA.TextContent.Should().Contain("−", "the sign is written too");
        netIncome.ClassList.Should().Contain("unfavourable");
        netIncome.QuerySelector(".verdict")!.TextContent.Should().Be("worse");
    }

    [Fact]
    public void The_vocabulary_says_which_way_is_good_for_each_measure()
    {
        Metrics.IsRiseFavourable(Metrics.GAndAChange).Should().BeFalse();
        Metrics.IsRiseFavourable(Metrics.RevenueChangePct).Should().BeTrue();
        Metrics.IsRiseFavourable(Metrics.DaysSalesOutstandingChange).Should().BeFalse();
        Metrics.IsRiseFavourable(Metrics.AccountsReceivableNetChange).Should().BeNull();
    }

    [Theory]
    [InlineData("/periods/2003-Q2")]
    [InlineData("/periods/2003-FY")]
    [InlineData("/periods/2003-12-31")]
    [InlineData("/periods/2003-Q2?vs=2003-Q1")]
    public async Task Each_change_column_holds_one_unit(string url)
    {
        var page = await Html.GetAsync(factory.CreateClient(), url);
        var snapshot = factory.Services.GetRequiredService<HemaCare.Results.Store.ResultsStore>().Current;

        foreach (var table in page.QuerySelectorAll("table.figures"))
        {
            var columns = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var cells = row.QuerySelectorAll("td").ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    var column = columns[columns.Count - cells.Count + i];
                    if (cells[i].GetAttribute("data-fact") is not { Length: > 0 } id) continue;
                    var metric = MetricOf(snapshot, cells[i], id);
                    if (column.EndsWith("%", StringComparison.Ordinal))
                        metric.Should().EndWith("_change_pct", $"{url}: {column} holds percentage changes only");
                    else if (column.Contains("change", StringComparison.OrdinalIgnoreCase))
                        metric.Should().NotEndWith("_change_pct", $"{url}: {column} holds differences only");
                }
            }
        }
    }

    private static string MetricOf(HemaCare.Results.Store.ResultsSnapshot snapshot, IElement cell, string id) =>
        snapshot.FactsById.TryGetValue(id, out var fact)
            ? fact.Metric
            : id.Contains("-change-pct-", StringComparison.Ordinal) ? "computed_change_pct" : "computed_change";

    private async Task<List<Dictionary<string, string>>> CsvAsync(string url) =>
        Exports.TableCsvAssert.Read(await factory.CreateClient().GetByteArrayAsync(url));

    private static Dictionary<string, string> Record(List<Dictionary<string, string>> csv, string row, string column) =>
        csv.Single(r => r["row"] == row && r["column"] == column);

    private static (string Value, string Unit) Value(List<Dictionary<string, string>> csv, string row, string column) =>
        (Record(csv, row, column)["value"], Record(csv, row, column)["unit"]);

    private async Task<IElement> TableAsync(string url, int index) =>
        (await Html.GetAsync(factory.CreateClient(), url)).QuerySelectorAll("table.figures")[index];

    private static IElement CellElement(IElement table, string row, string column)
    {
        var columns = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var tr = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == row);
        return tr.QuerySelectorAll("td")[columns.IndexOf(column) - 1];
    }
}
