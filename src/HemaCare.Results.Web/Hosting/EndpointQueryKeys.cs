using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Metadata;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// The query parameters an endpoint reads, found from its own metadata: a minimal API handler's parameters that
/// bind from the query, and a page's [SupplyParameterFromQuery] properties. Read once per endpoint. A missed
/// parameter only costs caching (its requests are answered uncached), never a wrong answer.
/// </summary>
internal static class EndpointQueryKeys
{
    private static readonly ConditionalWeakTable<Endpoint, string[]> Known = new();

    public static string[] Of(Endpoint? endpoint) => endpoint is null ? [] : Known.GetValue(endpoint, Read);

    /// <summary>True when every parameter of the query is one the endpoint reads, each given at most once.</summary>
    public static bool ReadsOnly(IQueryCollection query, string[] keys)
    {
        foreach (var (key, values) in query)
            if (values.Count > 1 || !keys.Contains(key, StringComparer.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static string[] Read(Endpoint endpoint)
    {
        var route = (endpoint as RouteEndpoint)?.RoutePattern.Parameters.Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var handler = endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Where(p => !route.Contains(p.Name))
            .Select(QueryNameOf).OfType<string>();
        var page = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type
            .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Query is not null)
            .Select(p => p.Query!.Name ?? p.Property.Name) ?? [];
        var ignoringCase = StringComparer.OrdinalIgnoreCase;
        return [.. handler.Concat(page).Distinct(ignoringCase).Order(ignoringCase)];
    }

    /// <summary>
    /// The query name a parameter binds from, or null when it binds from a route, service, header or body.
    /// </summary>
    private static string? QueryNameOf(IParameterBindingMetadata parameter)
    {
        var attributes = parameter.ParameterInfo.GetCustomAttributes().ToList();
        if (attributes.OfType<IFromQueryMetadata>().FirstOrDefault() is { } fromQuery)
            return fromQuery.Name ?? parameter.Name;
        if (attributes.Any(a => a is IFromServiceMetadata or IFromHeaderMetadata or IFromRouteMetadata
                or IFromBodyMetadata or IFromFormMetadata or FromKeyedServicesAttribute))
            return null;
        var declared = parameter.ParameterInfo.ParameterType;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        var simple = type == typeof(string) || type.IsArray && type.GetElementType() == typeof(string)
            || parameter.HasTryParse;
        return simple ? parameter.Name : null;
    }
}
