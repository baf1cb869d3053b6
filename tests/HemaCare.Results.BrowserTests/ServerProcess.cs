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

    /// <summary>
    /// The same dll with the project folder as content root, as `dotnet run --no-launch-profile` runs it.
    /// </summary>
    DllFromProjectFolder,

    /// <summary>`dotnet run --no-build` with the default launch profile, the environment set in the shell.</summary>
    DotnetRun,

    /// <summary>`dotnet publish --no-build` to a temporary folder, then its dll started from another folder.</summary>
    Published,
}

/// <summary>
/// The built app as a real Kestrel child process on a free loopback port, with ASPNETCORE_ENVIRONMENT=Production
/// in its environment, its own SQLite file and the repository's data/ and seeds/.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly string _databasePath =
        Path.Combine(Path.GetTempPath(), $"hemacare-browser-tests-{Guid.NewGuid():N}.db");
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private readonly string? _publishFolder;

    private ServerProcess(StartMode mode, int port, string? publishFolder)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _publishFolder = publishFolder;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = mode switch
            {
                StartMode.Dll => Path.GetDirectoryName(WebDll)!,
                StartMode.Published => Path.GetTempPath(),
                _ => ProjectDirectory,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = mode switch
        {
            StartMode.DotnetRun =>
                ["run", "--no-build", "-c", Configuration, "--project", ProjectDirectory, "--", "--urls",
                    $"{BaseAddress}"],
            StartMode.Published => [Path.Combine(publishFolder!, Path.GetFileName(WebDll)), "--urls", $"{BaseAddress}"],
            _ => [WebDll, "--urls", $"{BaseAddress}"],
        };
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

    /// <summary>
    /// This test project's build configuration (bin/&lt;Configuration&gt;/net10.0/); the app's is the same.
    /// </summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The web app's dll in the build output.</summary>
    public static string WebDll { get; } =
        Path.Combine(ProjectDirectory, "bin", Configuration, "net10.0", "HemaCare.Results.Web.dll");

    /// <summary>Starts the app and waits until "/" answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(StartMode mode = StartMode.Dll)
    {
        if (!File.Exists(WebDll))
            throw new FileNotFoundException($"Build the solution first: {WebDll} is missing.", WebDll);
        var publishFolder = mode == StartMode.Published ? await PublishAsync() : null;
        var server = new ServerProcess(mode, FreePort(), publishFolder);
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
        if (_publishFolder is not null) Directory.Delete(_publishFolder, recursive: true);
    }

    /// <summary>Publishes the built app (no rebuild) to a new temporary folder and returns it.</summary>
    private static async Task<string> PublishAsync()
    {
        var folder = Directory.CreateTempSubdirectory("hemacare-published-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
            ["publish", ProjectDirectory, "--no-build", "-c", Configuration, "-o", folder, "-nologo"];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
            throw new InvalidOperationException(
                $"dotnet publish failed ({publish.ExitCode}):\n{await output}\n{await errors}");
        return folder;
    }

    private async Task WaitUntilServing()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // Bounded: 60 s covers building the store on a busy two-core machine.
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
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
