using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace HemaCare.Results.Web.Tests.Api;

public class FactCsvExportTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private async Task<byte[]> GetCsv(string url = "/export/facts.csv")
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static (string[] Header, List<string[]> Rows) Parse(byte[] bytes)
    {
        using var csv = CsvReader.Create(new StringReader(new UTF8Encoding(false).GetString(bytes[3..])),
            new CsvReaderOptions { HasHeader = true }, leaveOpen: false);
        var header = csv.Headers.ToArray();
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add([.. Enumerable.Range(0, header.Length).Select(csv.GetString)]);
        return (header, rows);
    }

    [Fact]
    public async Task The_export_starts_with_a_utf8_bom_and_ends_lines_with_crlf()
    {
        var bytes = await GetCsv();

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().Contain("\r\n");
        text.Replace("\r\n", "", StringComparison.Ordinal).Should().NotContain("\n");
    }

    [Fact]
    public async Task The_export_has_a_header_and_one_row_per_fact_the_api_serves()
    {
        var (header, rows) = Parse(await GetCsv());
        using var api = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/facts"));

        header.Should().Contain(["id", "period", "segment", "program", "metric", "value", "unit", "decimals", "basis"]);
        rows.Should().HaveCount(api.RootElement.GetArrayLength());
        rows.Select(r => r[Array.IndexOf(header, "id")])
            .Should().Equal(api.RootElement.EnumerateArray().Select(f => f.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Values_are_invariant_numbers_without_thousands_separators()
    {
        var (header, rows) = Parse(await GetCsv());
        var values = rows.Select(r => r[Array.IndexOf(header, "value")]).ToList();

        values.Should().Contain(["-272000", "5100000"]);
        values.Where(v => !decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out _))
            .Should().BeEmpty("every value is a plain invariant number");
    }

    [Fact]
    public async Task The_export_filters_like_the_api()
    {
        var (header, rows) = Parse(await GetCsv("/export/facts.csv?period=2003-Q2&metric=revenue"));
        using var api = JsonDocument.Parse(await factory.CreateClient()
            .GetStringAsync("/api/facts?period=2003-Q2&metric=revenue"));

        rows.Should().NotBeEmpty().And.HaveCount(api.RootElement.GetArrayLength());
        rows.Should().OnlyContain(r => r[Array.IndexOf(header, "period")] == "2003-Q2" && r[Array.IndexOf(header,
            "metric")] == "revenue");
    }
}
