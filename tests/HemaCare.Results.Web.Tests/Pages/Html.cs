using AngleSharp;
using AngleSharp.Dom;

namespace HemaCare.Results.Web.Tests.Pages;

internal static class Html
{
    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IDocument> ParseAsync(string html) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html));
}
