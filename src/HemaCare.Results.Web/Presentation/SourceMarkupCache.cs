using HemaCare.Results.Sources;
using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Builds each script's <see cref="SourceMarkup"/> once per snapshot: the source page and its highlights
/// stylesheet both need it.
/// </summary>
public static class SourceMarkupCache
{
    /// <summary>The markup of <paramref name="document"/>, which must be one of the snapshot's documents.</summary>
    public static SourceMarkup For(ResultsSnapshot snapshot, SourceDocument document) =>
        snapshot.Memo($"source-markup/{document.Code}", () => SourceMarkup.Build(document, snapshot.Facts));
}
