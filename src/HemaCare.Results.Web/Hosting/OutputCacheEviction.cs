using HemaCare.Results.Store;
using Microsoft.AspNetCore.OutputCaching;

namespace HemaCare.Results.Web.Hosting;

/// <summary>Empties the output cache when the store swaps in a new snapshot.</summary>
public sealed class OutputCacheEviction(
    ResultsStore store, IOutputCacheStore cache, ILogger<OutputCacheEviction> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Changed += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Changed -= Evict;
        return Task.CompletedTask;
    }

    private void Evict(ResultsSnapshot snapshot) =>
        _ = cache.EvictByTagAsync(StoreOutputCachePolicy.Tag, CancellationToken.None).AsTask().ContinueWith(
            t => logger.LogError(t.Exception, "Could not empty the output cache after the store changed."),
            TaskContinuationOptions.OnlyOnFaulted);
}
