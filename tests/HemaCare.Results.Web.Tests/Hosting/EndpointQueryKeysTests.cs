using HemaCare.Results.TestSupport;
using HemaCare.Results.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace HemaCare.Results.Web.Tests.Hosting;

/// <summary>Which requests the output cache may answer: only those whose query the endpoint reads in full.</summary>
public sealed class EndpointQueryKeysTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static readonly string[] Keys = ["period", "segment"];

    private static QueryCollection Query(params (string Key, string[] Values)[] pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Values)));

    [Fact]
    public void A_query_of_read_keys_each_given_once_is_read_whatever_their_case()
    {
        EndpointQueryKeys.ReadsOnly(Query(), Keys).Should().BeTrue();
        EndpointQueryKeys.ReadsOnly(Query(("period", ["2003-Q2"])), Keys).Should().BeTrue();
        EndpointQueryKeys.ReadsOnly(Query(("PERIOD", ["2003-Q2"]), ("segment", ["x"])), Keys).Should().BeTrue();
    }

    [Fact]
    public void An_unread_or_repeated_key_is_not()
    {
        EndpointQueryKeys.ReadsOnly(Query(("period", ["2003-Q2"]), ("utm", ["x"])), Keys).Should().BeFalse();
        EndpointQueryKeys.ReadsOnly(Query(("period", ["2003-Q2", "2003-FY"])), Keys).Should().BeFalse();
        EndpointQueryKeys.ReadsOnly(Query(("period", ["2003-Q2"])), []).Should().BeFalse();
    }

    [Fact]
    public void No_endpoint_reads_no_keys() => EndpointQueryKeys.Of(null).Should().BeEmpty();

    [Fact]
    public void Every_endpoint_reads_the_approved_query_keys_in_order_and_never_its_route_values()
    {
        // Static assets (no leading slash, fingerprinted names) read no query and change with every stylesheet.
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith('/') == true)
            .Select(e => $"{e.RoutePattern.RawText}: {string.Join(", ", EndpointQueryKeys.Of(e))}")
            .Distinct().Order(StringComparer.Ordinal);

        ApprovedFile.ShouldMatch(
            Path.Combine(RepositoryPaths.Root, "tests", "HemaCare.Results.Web.Tests", "Hosting", "Approved", "query-keys.txt"),
            string.Join('\n', endpoints) + '\n', "the query keys each endpoint reads");
    }
}
