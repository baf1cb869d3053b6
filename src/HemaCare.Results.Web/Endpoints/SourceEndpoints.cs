using System.Text;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// Per-script highlight rules that light up every piece of the quote whose figure is the :target, served as a
/// stylesheet so the CSP needs no inline style.
/// </summary>
public static class SourceEndpoints
{
    public static RouteGroupBuilder MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/sources").ExcludeFromDescription();
        group.MapGet("/{document}/highlights.css", GetHighlights);
        return group;
    }

    internal static Results<ContentHttpResult, NotFound> GetHighlights(string document, ResultsSnapshot snapshot)
    {
        if (snapshot.FindDocument(document) is not { } source) return TypedResults.NotFound();
        var css = new StringBuilder();
        foreach (var id in SourceMarkupCache.For(snapshot, source).QuoteIds)
            css.Append(FormattableString.Invariant(
                $".source-text:has(#fact-{id}:target) .q-{id} {{ background: var(--quote-target-bg); }}\n"));
        return TypedResults.Text(css.ToString(), "text/css; charset=utf-8");
    }
}
