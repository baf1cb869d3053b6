using System.Runtime.InteropServices;
using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// SIGHUP re-reads data/ and seeds/ without a restart (as nginx reloads): the store rebuilds into a temporary
/// file and swaps atomically if they changed, and keeps serving its snapshot, reporting why, if they are bad.
/// </summary>
public sealed class StoreReloadSignal(ResultsStore store, ILogger<StoreReloadSignal> logger)
    : IHostedService, IDisposable
{
    private PosixSignalRegistration? _registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsWindows())
            _registration = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                context.Cancel = true;
                _ = Task.Run(Reload);
            });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _registration?.Dispose();
        _registration = null;
    }

    private void Reload()
    {
        logger.LogInformation("SIGHUP: re-reading data/ and seeds/.");
        try
        {
            var snapshot = store.Refresh();
            logger.LogInformation("Serving the store {Hash}{Problem}.",
                snapshot.Version, store.Problem is { } p ? $" ({p})" : "");
        }
        catch (Exception e)
        {
            logger.LogError(e, "SIGHUP: the store could not be refreshed; the current snapshot stays.");
        }
    }
}
