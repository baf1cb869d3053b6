using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HemaCare.Results.Web.Tests.Security;

/// <summary>
/// The app as <c>ASPNETCORE_ENVIRONMENT=Production dotnet HemaCare.Results.Web.dll</c> from the web project's build
/// output on a free loopback port, with its own SQLite file; stopped and cleaned up on dispose.
/// </summary>
internal sealed class BuildOutputProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private BuildOutputProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BuildOutputProcess> StartAsync()
    {
        var root = RepositoryRoot();
        var project = Path.Combine(root, "src", "HemaCare.Results.Web");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "HemaCare.Results.Web.dll");
        File.Exists(dll).Should().BeTrue($"the solution is built in Release ({dll})");
        var folder = Directory.CreateTempSubdirectory("hemacare-process-").FullName;
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseAddress.ToString()])
        {
            WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Results"] = $"Data Source={Path.Combine(folder, "results.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var app = new BuildOutputProcess(Process.Start(start)!, folder, baseAddress);
        app._process.OutputDataReceived += (_, _) => { };
        app._process.ErrorDataReceived += (_, _) => { };
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var waited = 0; waited < 600; waited++)
        {
            try
            {
                using var response = await probe.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (app._process.HasExited) break;
            await Task.Delay(100);
        }
        await app.DisposeAsync();
        throw new InvalidOperationException("The app did not become healthy within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
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
