using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Endpoints;
using HemaCare.Results.Web.Hosting;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// The /api page's list, read from the same endpoint metadata /openapi/v1.json is built from (summaries,
/// descriptions, produced types, parameter descriptions), so the page and the document cannot disagree.
/// </summary>
public static class ApiCatalog
{
    public static IReadOnlyList<ApiEntry> Build(EndpointDataSource endpoints, ResultsSnapshot snapshot) =>
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointSummaryMetadata>() is not null
                && ErrorResponses.IsMachineReadable(RouteOf(e)))
            .Select(e => Entry(e, snapshot)),
    ];

    private static ApiEntry Entry(RouteEndpoint endpoint, ResultsSnapshot snapshot)
    {
        var metadata = endpoint.Metadata;
        var route = RouteOf(endpoint);
        var produces = metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>();
        return new ApiEntry(
            route,
            metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() ?? "",
            metadata.GetMetadata<IEndpointSummaryMetadata>()!.Summary,
            metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description ?? "",
            [.. produces.Where(p => p.StatusCode == StatusCodes.Status200OK).SelectMany(ContentTypes).Distinct()],
            [.. produces.Where(p => p.StatusCode >= 400).Select(p => p.StatusCode).Distinct().Order()],
            [.. Parameters(metadata.GetMetadata<MethodInfo>(), route)],
            [.. metadata.GetOrderedMetadata<ApiExample>().SelectMany(e => e.Urls(snapshot))]);
    }

    private static string RouteOf(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText?.TrimStart('/');

    /// <summary>A typed JSON result declares no content type: it is JSON.</summary>
    private static IEnumerable<string> ContentTypes(IProducesResponseTypeMetadata produces) =>
        produces.ContentTypes.Any() ? produces.ContentTypes : ["application/json"];

    private static IEnumerable<ApiParameter> Parameters(MethodInfo? handler, string route) =>
        (handler?.GetParameters() ?? [])
            .Where(p => p.GetCustomAttribute<DescriptionAttribute>() is not null)
            .Select(p => new ApiParameter(
                p.Name!,
                route.Contains($"{{{p.Name}}}", StringComparison.Ordinal) ? "path" : "query",
                p.GetCustomAttribute<DescriptionAttribute>()!.Description));
}
