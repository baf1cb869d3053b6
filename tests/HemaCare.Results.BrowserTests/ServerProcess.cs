using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HemaCare.Results.BrowserTests;

/// <summary>How the app is started; each is a documented production start.</summary>
public enum StartMode
{
    /// <summary>`dotnet bin/.../HemaCare.Results.Web.dll` from the build output folder.</summary>
    Dll,

    /// <summary>The same dll with the project folder as content root, as `dotnet run --no-launch-profile` runs it.</summary>
    DllFromProjectFolder,

    /// <summary>`dotnet run --no-build` with the default launch profile, the environment set in the shell.</summary>
    DotnetRun,
}

/// <summary>
/// The built app as a real Kestrel child process on a free loopback port, with ASPNETCORE_ENVIRONMENT=Production
/// in its environment, its own SQLite file and the repository's data/ and seeds/.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"hemacare-browser-tests-{Guid.NewGuid():N}.db");
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private ServerProcess(StartMode mode, int port)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = mode == StartMode.Dll ? Path.GetDirectoryName(WebDll)! : ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = mode == StartMode.DotnetRun
            ? ["run", "--no-build", "-c", Configuration, "--project", ProjectDirectory, "--", "--urls", BaseAddress.ToString()]
            : [WebDll, "--urls", BaseAddress.ToString()];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ConnectionStrings__Results"] = $"Data Source={_databasePath}";
        start.Environment["Results__DataDirectory"] = Path.Combine(RepositoryRoot, "data");
        start.Environment["Results__SeedsDirectory"] = Path.Combine(RepositoryRoot, "seeds");

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ProjectDirectory { get; } = Path.Combine(RepositoryRoot, "src", "HemaCare.Results.Web");

    /// <summary>This test project's build configuration (bin/&lt;Configuration&gt;/net10.0/); the app's is the same.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The web app's dll in the build output.</summary>
    public static string WebDll { get; } = Path.Combine(ProjectDirectory, "bin", Configuration, "net10.0", "HemaCare.Results.Web.dll");

    /// <summary>Starts the app and waits until "/" answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(StartMode mode = StartMode.Dll)
    {
        if (!File.Exists(WebDll)) throw new FileNotFoundException($"Build the solution first: {WebDll} is missing.", WebDll);
        var server = new ServerProcess(mode, FreePort());
        try
        {
            await server.WaitUntilServing();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private async Task WaitUntilServing()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // Bounded: 60 s covers building the store on a busy two-core machine.
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
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
        throw new TimeoutException($"The app did not answer 200 on / at {BaseAddress}:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HemaCare.Results.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (HemaCare.Results.sln).");
    }
}
