using System.Net;
using System.Text;
using HemaCare.Results.TestSupport;

namespace HemaCare.Results.Web.Tests.Exports;

/// <summary>
/// The downloads people use, byte for byte as approved: the CSVs analysts load (every figure's value, range,
/// precision and hedge, every empty cell's reason, every check), the charts' SVG, the API's JSON and its OpenAPI
/// description. A change to any of them shows up here as a diff to read, not as a surprise in someone's
/// spreadsheet or slide. When a change is intended (a new script, a better sentence), the test writes what the
/// app now serves beside the approved file as <c>name.received.ext</c>: read the diff, then rename it over the
/// approved one.
/// </summary>
public sealed class ApprovedExportTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static string ApprovedFolder =>
        Path.Combine(RepositoryPaths.Root, "tests", "HemaCare.Results.Web.Tests", "Exports", "Approved");

    public static TheoryData<string> Exports =>
    [
        "/export/facts.csv",
        "/export/checks.csv",
        "/export/segments.csv",
        "/export/segments.csv?length=year&segment=blood-products&shape=wide",
        "/export/liquidity.csv",
        "/export/debt-reduction.csv",
        "/export/quarters/2003.csv",
        "/export/quarters/2003/balance-sheet.csv",
        "/export/periods/2003-Q2/income.csv",
        "/export/periods/2003-Q2/segments.csv",
        "/export/periods/2003-Q2/other-figures.csv",
        "/export/periods/2003-Q2/income.csv?vs=2003-Q1",
        "/export/periods/2003-Q4/income.csv",
        "/export/periods/2003-Q4/segments.csv",
        "/export/periods/2003-FY/income.csv",
        "/export/periods/2003-FY/segments.csv?shape=wide",
        "/export/periods/2003-FY/other-figures.csv",
        "/export/periods/2003-06-30/balance-sheet.csv",
        "/export/periods/2003-12-31/balance-sheet.csv",
        "/export/charts/segment-revenue-quarter.svg",
        "/export/charts/segment-revenue-year.svg?segment=blood-products",
        "/export/charts/liquidity-cash.svg",
        "/export/charts/liquidity-dso.svg",
        "/export/quarters/2003/net-income.svg",
        "/export/periods/2003-Q2/revenue.svg",
        "/export/periods/2003-Q2/margin.svg",
        "/export/periods/2003-Q2/program-margin.svg",
        "/export/periods/2003-FY/revenue.svg",
        "/export/periods/2003-Q2/revenue.svg?vs=2003-Q1",
        "/api/facts?period=2003-Q2",
        "/api/facts/q2-net-income-2003-q2",
        "/api/checks",
        "/openapi/v1.json",
    ];

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Export_is_byte_for_byte_the_approved_file(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        var served = await response.Content.ReadAsByteArrayAsync();
        var approved = Path.Combine(ApprovedFolder, FileName(url));
        var received = Path.ChangeExtension(approved, ".received" + Path.GetExtension(approved));

        if (File.Exists(approved) && File.ReadAllBytes(approved).AsSpan().SequenceEqual(served))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllBytes(received, served);
        File.Exists(approved).Should().BeTrue($"{url} has no approved file yet; read {received} and rename it");
        FirstDifference(File.ReadAllText(approved, Encoding.UTF8), Encoding.UTF8.GetString(served))
            .Should().BeNull($"{url} differs from {approved}; read {received} and rename it if the change is intended");
    }

    /// <summary>
    /// "/export/periods/2003-Q2/income.csv?vs=2003-Q1" is "periods-2003-Q2-income-vs-2003-Q1.csv"; the API's
    /// answers are ".json".
    /// </summary>
    private static string FileName(string url)
    {
        var path = url.Split('?')[0];
        var extension = url.StartsWith("/api/", StringComparison.Ordinal) ? ".json" : Path.GetExtension(path);
        var name = url.TrimStart('/').Replace("export/", "", StringComparison.Ordinal);
        if (Path.GetExtension(path) is { Length: > 0 } served) name = name.Replace(served, "", StringComparison.Ordinal);
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]) + extension;
    }

    private static string? FirstDifference(string approved, string served)
    {
        var expected = approved.Split('\n');
        var actual = served.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var e = i < expected.Length ? expected[i] : "(no line)";
            var a = i < actual.Length ? actual[i] : "(no line)";
            if (e != a) return $"line {i + 1}: approved {e} / served {a}";
        }
        return "the same text in different bytes";
    }
}
