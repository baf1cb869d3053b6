using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HemaCare.Results.BrowserTests;

/// <summary>Checks that hold for every page reachable from the overview.</summary>
[Collection(AppServerCollection.Name)]
public class CrawledPageTests(AppServer server)
{
    [Fact]
    public async Task The_crawl_finds_the_overview_and_every_main_navigation_section()
    {
        var pages = await server.CrawledPagesAsync();

        pages.Select(p => p.Path).Should().Contain(["/", "/periods", "/segments", "/liquidity", "/sources", "/checks"]);
    }

    [Fact]
    public async Task Every_page_loads_without_console_errors_or_failed_requests()
    {
        var pages = await server.CrawledPagesAsync();

        pages.Where(p => p.Problems.Count > 0).Select(p => $"{p.Path}: {string.Join("; ", p.Problems)}")
            .Should().BeEmpty();
    }

    [Fact]
    public async Task No_page_scrolls_sideways_at_390_pixels_wide()
    {
        var pages = await server.CrawledPagesAsync();
        await using var context = await server.NewContextAsync(width: 390);
        var overflowing = new List<string>();

        foreach (var visit in pages)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(visit.Path);
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(AppServer.ScreenshotDirectory, visit.ScreenshotName("390px")),
                FullPage = true,
            });
            var widths = await page.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scrollWidth, innerWidth) = (widths[0], widths[1]);
            if (scrollWidth > innerWidth)
                overflowing.Add($"{visit.Path}: {scrollWidth}px wide in a {innerWidth}px window");
            await page.CloseAsync();
        }

        overflowing.Should().BeEmpty();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Axe_finds_no_serious_or_critical_violations_on_any_page(string theme)
    {
        var pages = await server.CrawledPagesAsync();
        await using var context = await server.NewContextAsync(theme);
        var violations = new List<string>();

        foreach (var visit in pages)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(visit.Path);
            if (theme != "light")
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(AppServer.ScreenshotDirectory, visit.ScreenshotName(theme)),
                    FullPage = true,
                });
            var result = await page.RunAxe();
            violations.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{visit.Path} [{theme}] {v.Impact} {v.Id}: {v.Help} at "
                    + $"{string.Join(", ", v.Nodes.Take(5).Select(n => n.Target?.ToString()))}"));
            await page.CloseAsync();
        }

        violations.Should().BeEmpty();
    }
}
