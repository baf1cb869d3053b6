using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace HemaCare.Results.BrowserTests;

[CollectionDefinition(Name)]
public sealed class AppServerCollection : ICollectionFixture<AppServer>
{
    public const string Name = "Real server and browser";
}

/// <summary>
/// The app on a real Kestrel server (a child process on a free loopback port, its own SQLite file, the
/// repository's data/ and seeds/) and Debian's Chromium driven by Playwright. An in-memory TestServer cannot
/// serve a real browser, hence the process.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"hemacare-browser-tests-{Guid.NewGuid():N}.db");
    private readonly StringBuilder _serverOutput = new();
    private readonly SemaphoreSlim _crawlGate = new(1, 1);
    private Process? _server;
    private IPlaywright? _playwright;
    private IReadOnlyList<PageVisit>? _crawled;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public string ServerOutput
    {
        get { lock (_serverOutput) return _serverOutput.ToString(); }
    }

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _server = StartServer(port);
        await WaitUntilServing();

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
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private Process StartServer(int port)
    {
        var root = RepositoryRoot();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
        var webDll = Path.Combine(root, "src", "HemaCare.Results.Web", "bin", configuration, "net10.0", "HemaCare.Results.Web.dll");
        if (!File.Exists(webDll)) throw new FileNotFoundException($"Build the solution first: {webDll} is missing.", webDll);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { webDll, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(argument);
        // Development serves wwwroot and the scoped CSS bundle from the build output's static web assets manifest.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Results"] = $"Data Source={_databasePath}";
        start.Environment["Results__DataDirectory"] = Path.Combine(root, "data");
        start.Environment["Results__SeedsDirectory"] = Path.Combine(root, "seeds");

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (_serverOutput) _serverOutput.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_serverOutput) _serverOutput.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilServing()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // Bounded: 60 s covers building the store on a busy two-core machine.
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_server!.HasExited) throw new InvalidOperationException($"The app exited with {_server.ExitCode}:\n{ServerOutput}");
            try
            {
                if ((await http.GetAsync("/")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer 200 on / at {BaseAddress}:\n{ServerOutput}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HemaCare.Results.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (HemaCare.Results.sln).");
    }
}
