using System.Net;
using System.Text;
using System.Text.Json;
using HemaCare.Results.TestSupport;

namespace HemaCare.Results.Web.Tests.Exports;

/// <summary>
/// The downloads people use, byte for byte as approved: the CSVs analysts load (every figure's value, range,
/// precision and hedge, every empty cell's reason, every check), the charts' SVG, the API's JSON and its OpenAPI
/// description. A change to any of them shows up here as a diff to read, not as a surprise in someone's
/// spreadsheet or slide. See <see cref="ApprovedFile"/> for what to do when one changes.
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

    /// <summary>Downloads whose only pinned part is the file name a browser saves them as.</summary>
    private static readonly string[] NamedOnly =
    [
        "/export/hemacare-results.xlsx",
        "/export/periods/2003-Q2.xlsx",
        "/export/periods/2003-Q2.xlsx?vs=2003-Q1",
        "/export/periods/2003-Q2/segments.csv?vs=2003-Q1&shape=wide",
        "/export/periods/2003-12-31/balance-sheet.csv?vs=2003-06-30",
        "/export/periods/2003-Q2/margin.svg?vs=2003-Q1",
        "/export/segments.csv?length=quarter",
        "/export/charts/program-revenue-quarter.svg?segment=blood-products",
        "/export/quarters/2003.csv?shape=wide",
    ];

    /// <summary>Requests the exports and API refuse, each with its status and problem text.</summary>
    private static readonly string[] Refused =
    [
        "/export/facts.csv?period=2099-Q1",
        "/export/facts.csv?metric=profit",
        "/api/facts?period=2099-Q1",
        "/api/facts/no-such-fact",
        "/export/periods/2099-Q1/income.csv",
        "/export/periods/2003-12-31/income.csv",
        "/export/periods/2003-12-31/segments.csv",
        "/export/periods/2003-Q2/balance-sheet.csv",
        "/export/periods/2003-Q2/income.csv?vs=2099-Q1",
        "/export/periods/2003-Q2/income.csv?vs=2003-FY",
        "/export/periods/2003-Q2/income.csv?shape=tall",
        "/export/periods/2003-Q2/other-figures.csv?shape=tall",
        "/export/periods/2099-Q1/other-figures.csv",
        "/export/checks.csv?shape=tall",
        "/export/liquidity.csv?shape=tall",
        "/export/segments.csv?length=decade",
        "/export/segments.csv?segment=blood",
        "/export/periods/2003-Q2/pie.svg",
        "/export/periods/2099-Q1/revenue.svg",
        "/export/periods/2003-Q2/revenue.svg?vs=2003-FY",
        "/export/periods/2003-FY/program-revenue.svg",
        "/export/charts/pie.svg",
        "/export/charts/segment-revenue-quarter.svg?segment=blood",
        "/export/periods/2099-Q1.xlsx",
        "/export/periods/2003-Q2.xlsx?vs=2003-FY",
        "/export/periods/2003-Q2.xlsx?vs=2099-Q1",
        "/export/quarters/1999.csv",
        "/export/quarters/2003/pie.svg",
    ];

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Export_is_byte_for_byte_the_approved_file(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);

        ApprovedFile.ShouldMatch(Path.Combine(ApprovedFolder, FileName(url)), await response.Content.ReadAsByteArrayAsync(), url);
    }

    [Fact]
    public async Task Every_download_is_saved_under_its_approved_file_name()
    {
        var client = factory.CreateClient();
        var lines = new StringBuilder();
        foreach (var url in Exports.Cast<object[]>().Select(row => (string)row[0]).Concat(NamedOnly)
                     .Where(u => u.StartsWith("/export/", StringComparison.Ordinal)))
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            var disposition = response.Content.Headers.ContentDisposition;
            lines.Append(url).Append(" -> ").Append(disposition?.DispositionType).Append(' ')
                .Append(disposition?.FileName).Append(' ').Append(response.Content.Headers.ContentType).Append('\n');
        }

        ApprovedFile.ShouldMatch(Path.Combine(ApprovedFolder, "download-names.txt"), lines.ToString(), "the download names");
    }

    [Fact]
    public async Task Every_refusal_is_the_approved_problem()
    {
        var client = factory.CreateClient();
        var lines = new StringBuilder();
        foreach (var url in Refused)
        {
            using var response = await client.GetAsync(url);
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", url);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            problem.GetProperty("status").GetInt32().Should().Be((int)response.StatusCode, url);
            lines.Append((int)response.StatusCode).Append(' ').Append(url).Append("\n  ")
                .Append(problem.GetProperty("title").GetString()).Append(": ")
                .Append(problem.TryGetProperty("detail", out var detail) ? detail.GetString() : "(no detail)")
                .Append('\n');
        }

        ApprovedFile.ShouldMatch(Path.Combine(ApprovedFolder, "refusals.txt"), lines.ToString(), "the refusals");
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
}
