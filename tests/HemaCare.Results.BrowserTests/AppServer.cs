using Microsoft.Playwright;

namespace HemaCare.Results.BrowserTests;

[CollectionDefinition(Name)]
public sealed class AppServerCollection : ICollectionFixture<AppServer>
{
    public const string Name = "Real server and browser";
}

/// <summary>
/// The app on a real Kestrel server in Production (<see cref="ServerProcess"/>: the built dll run from the build
/// output, its own SQLite file, the repository's data/ and seeds/) and Debian's Chromium driven by Playwright.
/// An in-memory TestServer cannot serve a real browser, hence the process.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly SemaphoreSlim _crawlGate = new(1, 1);
    private ServerProcess? _server;
    private IPlaywright? _playwright;
    private IReadOnlyList<PageVisit>? _crawled;

    public Uri BaseAddress => _server!.BaseAddress;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public string ServerOutput => _server?.Output ?? "";

    public async Task InitializeAsync()
    {
        _server = await ServerProcess.StartAsync();

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser context (its own cookies) in the given theme and viewport width.</summary>
    public async Task<IBrowserContext> NewContextAsync(string theme = "light", int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync($"/theme/{theme}?returnUrl=/");
        response!.Status.Should().Be(200, $"the theme switch to {theme} should land back on the overview");
        await page.CloseAsync();
        return context;
    }

    /// <summary>Every page reachable from "/" by same-origin links, visited once in the light theme.</summary>
    public async Task<IReadOnlyList<PageVisit>> CrawledPagesAsync()
    {
        await _crawlGate.WaitAsync();
        try
        {
            if (_crawled is null)
            {
                await using var context = await NewContextAsync();
                _crawled = await SiteCrawler.CrawlAsync(context, BaseAddress);
            }
            return _crawled;
        }
        finally
        {
            _crawlGate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
