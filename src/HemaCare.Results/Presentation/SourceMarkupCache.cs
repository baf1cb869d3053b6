using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HemaCare.Results.Sources;
using HemaCare.Results.Store;

namespace HemaCare.Results.Presentation;

/// <summary>
/// Builds each script's <see cref="SourceMarkup"/> once per snapshot: the source page and its highlights
/// stylesheet both need it. A snapshot is immutable, so its markup never goes stale; a rebuild brings a new
/// snapshot and so new markup, and the old snapshot's entries are collected with it.
/// </summary>
public static class SourceMarkupCache
{
    private static readonly ConditionalWeakTable<ResultsSnapshot, ConcurrentDictionary<string, Lazy<SourceMarkup>>> BySnapshot = new();

    /// <summary>The markup of <paramref name="document"/>, which must be one of the snapshot's documents.</summary>
    public static SourceMarkup For(ResultsSnapshot snapshot, SourceDocument document) =>
        BySnapshot.GetValue(snapshot, _ => new(StringComparer.Ordinal))
            .GetOrAdd(document.Code, _ => new Lazy<SourceMarkup>(() => SourceMarkup.Build(document, snapshot.Facts)))
            .Value;
}
