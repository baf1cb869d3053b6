namespace HemaCare.Results.BrowserTests;

[Collection(AppServerCollection.Name)]
public class NavigationTests(AppServer server)
{
    [Fact]
    public async Task Each_main_navigation_link_opens_its_view_and_marks_it_current()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var links = page.Locator("header nav[aria-label=Main] a");
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        hrefs.Should().Contain(["/", "/periods", "/segments", "/liquidity", "/sources", "/checks"]);

        foreach (var href in hrefs.Reverse())
        {
            var selector = $"header nav[aria-label=Main] a[href='{href}']";
            var response = await page.ClickAndWaitForPageAsync(page.Locator(selector));

            response.Status.Should().Be(200, $"{href} should be a page");
            new Uri(page.Url).AbsolutePath.Should().Be(href);
            var heading = await page.Locator("h1").First.InnerTextAsync();
            heading.Should().NotBeNullOrWhiteSpace().And.NotBe("Page not found", $"{href} should have its own heading");
            (await page.Locator(selector).GetAttributeAsync("aria-current")).Should().Be("page");
        }
    }

    [Fact]
    public async Task The_brand_link_returns_to_the_overview()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/not-found");

        await page.ClickAndWaitForPageAsync(page.Locator("a.brand-name"));

        new Uri(page.Url).AbsolutePath.Should().Be("/");
        (await page.Locator("h1").First.InnerTextAsync()).Should().Be("2003 results at a glance");
    }
}
