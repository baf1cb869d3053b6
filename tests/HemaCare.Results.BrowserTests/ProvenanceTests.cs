namespace HemaCare.Results.BrowserTests;

[Collection(AppServerCollection.Name)]
public class ProvenanceTests(AppServer server)
{
    [Fact]
    public async Task Clicking_a_stated_figure_lands_on_its_highlighted_quote()
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var figure = page.Locator("a.figure.stated").First;
        var href = await figure.GetAttributeAsync("href") ?? "";
        href.Should().MatchRegex("^/sources/[a-z0-9-]+#fact-[a-z0-9-]+$");
        var factId = href[(href.IndexOf('#') + 1)..];

        // Wait for the URL the link names (with its fragment) to load: a plain load-state wait races the navigation.
        await Task.WhenAll(
            page.WaitForURLAsync(url => new Uri(url).PathAndQuery + new Uri(url).Fragment == href, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Load }),
            figure.ClickAsync());

        var url = new Uri(page.Url);
        (url.AbsolutePath + url.Fragment).Should().Be(href);
        var target = page.Locator($"[id='{factId}']");
        (await target.CountAsync()).Should().Be(1, $"the source page should hold the quote element #{factId}");
        (await target.EvaluateAsync<bool>("el => el.matches(':target')")).Should().BeTrue();
        var background = await target.EvaluateAsync<string>("el => getComputedStyle(el).backgroundColor");
        background.Should().NotBe("rgba(0, 0, 0, 0)", "the quote a figure links to is highlighted").And.NotBe("transparent");
        (await target.InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
    }
}
