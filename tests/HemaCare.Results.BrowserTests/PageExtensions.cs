using Microsoft.Playwright;

namespace HemaCare.Results.BrowserTests;

internal static class PageExtensions
{
    /// <summary>Clicks a link and waits for the page it opens to load; returns that page's response.</summary>
    public static async Task<IResponse> ClickAndWaitForPageAsync(this IPage page, ILocator link)
    {
        var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame);
        await page.WaitForLoadStateAsync(LoadState.Load);
        return response;
    }
}
