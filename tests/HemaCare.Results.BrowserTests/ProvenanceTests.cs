using Microsoft.Playwright;

namespace HemaCare.Results.BrowserTests;

[Collection(AppServerCollection.Name)]
public class ProvenanceTests(AppServer server)
{
    [Fact]
    public async Task A_stated_figure_opens_its_page_whose_source_link_outlines_the_figure_in_its_quote()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var figure = page.Locator("a.figure.stated").First;
        var href = await figure.GetAttributeAsync("href") ?? "";
        href.Should().MatchRegex("^/facts/[a-z0-9-]+$");
        var factId = href["/facts/".Length..];

        await page.ClickAndWaitForPageAsync(figure);
        new Uri(page.Url).AbsolutePath.Should().Be(href);
        var shown = await page.Locator(".fact-quote .figure-own").InnerTextAsync();

        var target = await FollowSourceLinkAsync(page, factId);
        (await target.InnerTextAsync()).Should().Be(shown, "the outline lands on the figure the fact page highlights");
        var background = await target.EvaluateAsync<string>("el => getComputedStyle(el).backgroundColor");
        background.Should().NotBe("rgba(0, 0, 0, 0)", "the targeted figure is highlighted").And.NotBe("transparent");
        var outline = await target.EvaluateAsync<string>("el => getComputedStyle(el).outlineStyle");
        outline.Should().Be("solid");
    }

    [Theory]
    [InlineData("fy-dso-2002-12-31", "62")]
    [InlineData("fy-cash-2002-12-31", "$1,048,000")]
    [InlineData("fy-eps-basic-2003-q4", "$.04")]
    [InlineData("q2-g-and-a-pct-of-revenue-2002-q2", "15%")]
    public async Task Where_quotes_overlap_the_source_link_outlines_the_figures_own_number(
        string factId, string written)
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/facts/{factId}");

        var target = await FollowSourceLinkAsync(page, factId);

        (await target.InnerTextAsync()).Should().Be(written);
        var quoteBackground = await page.Locator($".q-{factId}").First
            .EvaluateAsync<string>("el => getComputedStyle(el).backgroundColor");
        var otherQuote = await page.Locator("mark.quote:not(:has(:target))").First
            .EvaluateAsync<string>("el => getComputedStyle(el).backgroundColor");
        quoteBackground.Should().NotBe(otherQuote, "the figure's own quote is brighter than the others");
    }

    /// <summary>Clicks the fact page's link to its script; returns the one element the fragment targets.</summary>
    private static async Task<ILocator> FollowSourceLinkAsync(IPage page, string factId)
    {
        var link = page.Locator($"a[href$='#fact-{factId}']");
        var href = await link.GetAttributeAsync("href") ?? "";
        // Wait for the URL the link names (with its fragment) to load: a plain load-state wait races the navigation.
        await Task.WhenAll(
            page.WaitForURLAsync(url => new Uri(url).PathAndQuery + new Uri(url).Fragment == href,
                new() { WaitUntil = WaitUntilState.Load }),
            link.ClickAsync());
        var target = page.Locator(":target");
        (await target.CountAsync()).Should().Be(1);
        (await target.GetAttributeAsync("id")).Should().Be($"fact-{factId}");
        return target;
    }
}
