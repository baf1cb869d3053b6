using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HemaCare.Results.Web.Endpoints;
using HemaCare.Results.Web.Tests.Pages;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Api;

public sealed class OpenApiTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    /// <summary>Every GET mapped under /api and /export, read from routing itself (the /api page excluded).</summary>
    private List<RouteEndpoint> DataEndpoints()
    {
        factory.CreateClient().Dispose();
        return
        [
            .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null
                    && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                    && Route(e) is var route && (route.StartsWith("/api/") || route.StartsWith("/export/"))),
        ];
    }

    private static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

    private async Task<JsonNode> Document()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Every_mapped_api_and_export_route_is_described_with_summary_description_and_responses()
    {
        var endpoints = DataEndpoints();
        var paths = (await Document())["paths"]!.AsObject();

        endpoints.Should().HaveCountGreaterThanOrEqualTo(14);
        foreach (var endpoint in endpoints)
        {
            var route = Route(endpoint);
            var get = paths[route]?["get"];
            get.Should().NotBeNull($"{route} is mapped, so it must be described");
            get!["summary"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(route);
            get["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(route);
            get["responses"]!["200"]!["content"]!.AsObject().Should().NotBeEmpty($"{route} says what it returns");
            var parameters = get["parameters"]?.AsArray().Select(p => p!) ?? [];
            foreach (var name in endpoint.RoutePattern.Parameters.Select(p => p.Name))
            {
                var parameter = parameters.SingleOrDefault(p => p["name"]!.GetValue<string>() == name);
                parameter.Should().NotBeNull($"{route} describes its {{{name}}}");
                parameter!["in"]!.GetValue<string>().Should().Be("path");
                parameter["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
                get["responses"]!["404"]?["content"]?["application/problem+json"]
                    .Should().NotBeNull($"{route} answers an unknown {name} with 404 problem details");
            }
            foreach (var query in parameters.Where(p => p["in"]!.GetValue<string>() == "query"))
                query["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(route);
        }
    }

    [Theory]
    [InlineData("/export/periods/{code}/segments.csv")]
    [InlineData("/export/segments.csv")]
    [InlineData("/export/checks.csv")]
    public async Task Table_csv_describes_its_two_shapes_and_the_400(string route)
    {
        var get = (await Document())["paths"]![route]!["get"]!;

        var shape = get["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "shape")!;
        shape["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("long", "wide");
        get["responses"]!["400"]!["content"]!["application/problem+json"].Should().NotBeNull();
    }

    [Theory]
    [InlineData("/api/facts", typeof(FactDto))]
    [InlineData("/api/checks", typeof(CheckDto))]
    public async Task Json_endpoint_response_schema_is_its_dto_record(string route, Type dto)
    {
        var document = await Document();

        var schema =
            document["paths"]![route]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        schema["type"]!.GetValue<string>().Should().Be("array");
        schema["items"]!["$ref"]!.GetValue<string>().Should().Be($"#/components/schemas/{dto.Name}");
        var properties = document["components"]!["schemas"]![dto.Name]!["properties"]!.AsObject().Select(p => p.Key);
        properties.Should().BeEquivalentTo(
            dto.GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)));
    }

    [Fact]
    public async Task Documented_content_type_is_what_each_example_sends()
    {
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<HemaCare.Results.Store.ResultsSnapshot>();
        var paths = (await Document())["paths"]!;

        foreach (var endpoint in DataEndpoints())
        {
            var documented = paths[Route(endpoint)]!["get"]!["responses"]!["200"]!["content"]!.AsObject()
                .Select(c => c.Key).ToList();
            var examples = endpoint.Metadata.GetOrderedMetadata<ApiExample>()
                .SelectMany(e => e.Urls(snapshot)).ToList();
            examples.Should().NotBeEmpty($"{Route(endpoint)} has an example on the /api page");
            foreach (var url in examples)
            {
                var response = await client.GetAsync(url);
                response.StatusCode.Should().Be(HttpStatusCode.OK, url);
                documented.Should().Contain(response.Content.Headers.ContentType!.MediaType!, url);
            }
        }
    }

    [Fact]
    public async Task Api_page_lists_every_endpoint_with_example_links_that_answer()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/api");
        var headings = page.QuerySelectorAll("article.endpoint h3").Select(h => h.TextContent.Trim()).ToList();

        headings.Should().BeEquivalentTo(DataEndpoints().Select(e => $"GET {Route(e)}"));
        page.QuerySelector("a[href='/openapi/v1.json']").Should().NotBeNull();
        var examples = page.QuerySelectorAll("article.endpoint ul.examples a")
            .Select(a => a.GetAttribute("href")!).ToList();
        examples.Should().HaveCountGreaterThanOrEqualTo(headings.Count);
        foreach (var url in examples)
            (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, url);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/periods/2003-Q2")]
    public async Task Footer_links_to_the_api_page(string page)
    {
        var html = await Html.GetAsync(factory.CreateClient(), page);

        html.QuerySelector("footer a[href='/api']").Should().NotBeNull();
    }
}
