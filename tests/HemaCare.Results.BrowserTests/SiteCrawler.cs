using Microsoft.Playwright;

namespace HemaCare.Results.BrowserTests;

/// <summary>One crawled page and whatever went wrong while it loaded.</summary>
public sealed record PageVisit(string Path, int Status, IReadOnlyList<string> Problems)
{
    public string ScreenshotName(string variant) =>
        (Path == "/" ? "overview" : string.Concat(Path.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-')))
        + $".{variant}.png";
}

/// <summary>
/// Finds the pages by following same-origin links from "/", so every page reachable from the navigation is
/// covered without listing it. Theme switches, exports, the API and its OpenAPI document are not pages (the /api
/// page listing them is); fragments are dropped; of the figure pages only <see cref="SampledFactPages"/> are
/// visited.
/// The cap only stops a runaway crawl (links that mint new URLs); reaching it fails the crawl rather than
/// leaving pages unchecked. Pages that differ only in their query (a period against each other period with
/// <c>?vs=</c>, each segment filter) share one layout, so the crawl visits one page per section and set of query
/// parameters; the views it skips that way are checked by their own tests.
/// </summary>
public static class SiteCrawler
{
    public const int MaxPages = 200;

    private static readonly string[] Skipped = ["/export/", "/theme/", "/api/", "/openapi/"];

    /// <summary>
    /// Every figure links to its own page, one template for ~150 facts; the crawl visits one stated and one derived
    /// figure's page (both linked from the views), and the derived figure with the longest value, a change the
    /// script puts in words ("about flat (−0.3% to +0.4%)"), and no other, so each check runs on both kinds and
    /// the widest value without 150 visits.
    /// </summary>
    public static readonly string[] SampledFactPages =
        ["/facts/q2-revenue-blood-products-2003-q2", "/facts/d-revenue-blood-products-2002-fy",
            "/facts/d-revenue-change-pct-company-2003-q2"];

    public static async Task<IReadOnlyList<PageVisit>> CrawlAsync(IBrowserContext context, Uri baseAddress)
    {
        var visits = new List<PageVisit>();
        var queued = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queryVariants = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && visits.Count < MaxPages)
        {
            var path = queue.Dequeue();
            var (visit, links) = await VisitAsync(context, baseAddress, path);
            visits.Add(visit);
            foreach (var link in links.Where(l => IsNewVariant(l, queryVariants)).Where(queued.Add))
                queue.Enqueue(link);
        }
        if (queue.Count > 0)
            throw new InvalidOperationException(
                $"The crawl stopped at {MaxPages} pages with {queue.Count} still queued, "
                + $"e.g. {string.Join(", ", queue.Take(5))}.");
        if (SampledFactPages.Except(visits.Select(v => v.Path)).ToList() is { Count: > 0 } unreached)
            throw new InvalidOperationException(
                $"No crawled page links to the sampled figure pages {string.Join(", ", unreached)}.");
        return visits;
    }

    public static async Task<(PageVisit Visit, IReadOnlyList<string> Links)> VisitAsync(
        IBrowserContext context, Uri baseAddress, string path)
    {
        var page = await context.NewPageAsync();
        var problems = Watch(page, baseAddress);
        try
        {
            var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var status = response?.Status ?? 0;
            if (status != 200) problems.Add($"the page answered {status}");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = System.IO.Path.Combine(
                    AppServer.ScreenshotDirectory, new PageVisit(path, status, []).ScreenshotName("light")),
                FullPage = true,
            });
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            return (new PageVisit(path, status, [.. problems]),
                [.. hrefs.Select(h => PageOf(h, baseAddress)).OfType<string>().Distinct()]);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Collects console errors, failed requests and same-origin responses of 400 or more.</summary>
    public static List<string> Watch(IPage page, Uri baseAddress)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (problems) problems.Add($"console error: {message.Text}");
        };
        page.RequestFailed += (_, request) =>
        {
            lock (problems) problems.Add($"request failed: {request.Url} ({request.Failure})");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && new Uri(response.Url).Authority == baseAddress.Authority)
                lock (problems) problems.Add($"{response.Status} for {response.Url}");
        };
        return problems;
    }

    /// <summary>
    /// A link without a query is always new; one with a query only if no page of its section had its parameters.
    /// </summary>
    private static bool IsNewVariant(string link, HashSet<string> variants)
    {
        var question = link.IndexOf('?');
        if (question < 0) return true;
        var section = link[..question].Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var keys = link[(question + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return variants.Add($"{section}?{string.Join("&", keys)}");
    }

    private static string? PageOf(string href, Uri baseAddress)
    {
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != baseAddress.Scheme || uri.Authority != baseAddress.Authority) return null;
        var path = uri.PathAndQuery;
        if (uri.AbsolutePath.StartsWith("/facts/", StringComparison.Ordinal) && !SampledFactPages.Contains(path))
            return null;
        return Skipped.Any(s => uri.AbsolutePath.StartsWith(s, StringComparison.Ordinal)) ? null : path;
    }
}
