using System.Net;
using System.Text.RegularExpressions;

namespace HemaCare.Results.BrowserTests;

/// <summary>
/// The production starts, without a browser, with ASPNETCORE_ENVIRONMENT=Production set as a shell would: the dll
/// from the build output, the dll from the project folder (`dotnet run --no-launch-profile`), `dotnet run` with
/// its launch profile, and a published dll started from another folder. Each must run in Production and serve
/// every stylesheet, script and image a page links to, with its bytes. Before: Radzen's _content/ files answered
/// 500 from the project folder and an empty 200 from the build output, the launch profile overrode the shell's
/// environment with Development, and the published app served every asset as an empty 200.
/// </summary>
public sealed partial class ProductionStartTests
{
    [Theory]
    [InlineData(StartMode.Dll)]
    [InlineData(StartMode.DllFromProjectFolder)]
    [InlineData(StartMode.DotnetRun)]
    [InlineData(StartMode.Published)]
    public async Task Every_asset_the_pages_link_to_is_served_in_Production(StartMode mode)
    {
        await using var server = await ServerProcess.StartAsync(mode);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var failures = new List<string>();
        var assets = new HashSet<string>(StringComparer.Ordinal);

        foreach (var page in new[] { "/", "/periods/2003-Q2", "/checks" })
            foreach (var asset in AssetsOf(await http.GetStringAsync(page)))
                assets.Add(asset);
        foreach (var asset in assets)
        {
            using var response = await http.GetAsync(asset);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK || bytes.Length == 0)
                failures.Add($"{asset}: {(int)response.StatusCode}, {bytes.Length} bytes");
        }

        assets.Should().Contain(
            a => a.Contains("_content/Radzen.Blazor/", StringComparison.Ordinal), "the theme is Radzen's");
        failures.Should().BeEmpty($"every linked asset should be served ({mode}); server output:\n{server.Output}");
        server.Output.Should().Contain("Hosting environment: Production");
    }

    /// <summary>Same-origin stylesheets, scripts and images of a page, as root-relative paths.</summary>
    private static IEnumerable<string> AssetsOf(string html) =>
        AssetReference().Matches(html).Select(m => m.Groups["url"].Value)
            .Where(url => !url.StartsWith("data:", StringComparison.Ordinal)
                && !url.Contains("//", StringComparison.Ordinal))
            .Select(url => url.StartsWith('/') ? url : "/" + url);

    [GeneratedRegex("""<(?:link\b[^>]*\bhref|script\b[^>]*\bsrc|img\b[^>]*\bsrc)="(?<url>[^"#]+)""")]
    private static partial Regex AssetReference();
}
