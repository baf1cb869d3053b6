namespace HemaCare.Results.Web.Tests.Hosting;

/// <summary>
/// A response to a request that carries credentials may be meant for that caller alone, so the output cache
/// neither answers such a request nor keeps its response. A cache hit carries an Age header; a render has none.
/// </summary>
public sealed class OutputCacheCredentialsTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Fact]
    public async Task A_request_with_credentials_is_rendered_even_when_its_page_is_cached()
    {
        using var client = factory.CreateClient();
        await client.GetAsync("/periods/2003-Q2");
        (await client.GetAsync("/periods/2003-Q2")).Headers.Age.Should().NotBeNull("the page is cached");

        using var request = WithCredentials("/periods/2003-Q2");
        using var response = await client.SendAsync(request);

        response.Headers.Age.Should().BeNull("a request with credentials is not served from the cache");
    }

    [Fact]
    public async Task The_response_to_a_request_with_credentials_is_not_kept_for_others()
    {
        using var client = factory.CreateClient();
        using var request = WithCredentials("/periods/2003-FY");
        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        using var next = await client.GetAsync("/periods/2003-FY");

        next.Headers.Age.Should().BeNull("the response with credentials was not stored");
    }

    private static HttpRequestMessage WithCredentials(string url) =>
        new(HttpMethod.Get, url) { Headers = { { "Authorization", "Bearer someone-in-particular" } } };
}
