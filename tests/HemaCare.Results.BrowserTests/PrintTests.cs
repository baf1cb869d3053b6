using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HemaCare.Results.BrowserTests;

[Collection(AppServerCollection.Name)]
public partial class PrintTests(AppServer server)
{
    [Theory]
    [InlineData("/periods/2003-Q2", 4)]
    [InlineData("/periods/2003-Q4", 0)]
    [InlineData("/periods/2003-FY", 1)]
    public async Task Period_view_prints_on_one_or_two_pages_without_navigation_and_with_its_charts(
        string path, int chartCount)
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var pdf = await page.PdfAsync(new() { Format = "Letter", PrintBackground = false });
        var fileStem = Path.Combine(AppServer.ScreenshotDirectory, path.Trim('/').Replace('/', '-'));
        await File.WriteAllBytesAsync($"{fileStem}.print.pdf", pdf);
        await page.ScreenshotAsync(new() { Path = $"{fileStem}.print.png", FullPage = true });

        PageCount(pdf).Should().BeInRange(1, 2, $"{path} should print on one or two pages");
        (await page.Locator("header nav").First.IsVisibleAsync()).Should().BeFalse("navigation is not printed");
        (await page.Locator(".downloads").First.IsVisibleAsync()).Should().BeFalse("download links are not printed");
        var charts = page.Locator("figure.chart-figure svg");
        (await charts.CountAsync()).Should().Be(chartCount);
        for (var i = 0; i < await charts.CountAsync(); i++)
            (await charts.Nth(i).IsVisibleAsync()).Should().BeTrue("charts are printed");
    }

    /// <summary>The page count of Chromium's PDF, from its page tree's /Count.</summary>
    private static int PageCount(byte[] pdf)
    {
        var counts = PageTreeCount().Matches(Encoding.Latin1.GetString(pdf))
            .Select(m => int.Parse(m.Groups[1].Value)).ToList();
        counts.Should().NotBeEmpty("the PDF should have a page tree");
        return counts.Max();
    }

    [GeneratedRegex(@"/Count (\d+)")]
    private static partial Regex PageTreeCount();
}
