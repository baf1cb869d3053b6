using System.Net;
using HemaCare.Results.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace HemaCare.Results.Web.Tests.Hosting;

/// <summary>HTTPS redirection only when the app is served over HTTPS at all, however that is configured.</summary>
public sealed class HttpsConfigurationTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static bool IsConfigured(params (string Key, string Value)[] settings) =>
        HttpsConfiguration.IsConfigured(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value))
            .Build());

    [Fact]
    public void Plain_http_urls_and_endpoints_are_not_https() =>
        IsConfigured(("urls", "http://0.0.0.0:8080"), ("Kestrel:Endpoints:Web:Url", "http://0.0.0.0:8081"))
            .Should().BeFalse();

    [Fact]
    public void Nothing_configured_is_not_https() => IsConfigured().Should().BeFalse();

    [Theory]
    [InlineData("urls", "http://0.0.0.0:8080;HTTPS://0.0.0.0:8443")]
    [InlineData("ASPNETCORE_URLS", "https://0.0.0.0:8443")]
    [InlineData("https_port", "8443")]
    [InlineData("ASPNETCORE_HTTPS_PORT", "443")]
    [InlineData("Kestrel:Endpoints:Secure:Url", "Https://0.0.0.0:8443")]
    public void Any_https_url_port_or_endpoint_is_https(string key, string value) =>
        IsConfigured((key, value)).Should().BeTrue();

    [Fact]
    public void The_urls_setting_wins_over_the_environment_variable() =>
        IsConfigured(("urls", "http://0.0.0.0:8080"), ("ASPNETCORE_URLS", "https://0.0.0.0:8443")).Should().BeFalse();

    [Fact]
    public async Task With_an_https_port_a_plain_http_request_is_redirected_to_it()
    {
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("https_port", "8443"));
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/periods/2003-Q2");

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location.Should().Be(new Uri("https://localhost:8443/periods/2003-Q2"));
    }
}
