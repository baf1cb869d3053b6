using System.Text.Json;

namespace HemaCare.Results.Web.Tests.Exports;

internal sealed record ApiFact(string Id, string Period, decimal Value, decimal Low, decimal High, string Basis);

/// <summary>The figures as /api/facts serves them: what every export is checked against.</summary>
internal static class ApiFacts
{
    public static async Task<IReadOnlyList<ApiFact>> ListAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/facts"));
        return [.. json.RootElement.EnumerateArray().Select(f => new ApiFact(
            f.GetProperty("id").GetString()!, f.GetProperty("period").GetString()!,
            f.GetProperty("value").GetDecimal(), f.GetProperty("low").GetDecimal(), f.GetProperty("high").GetDecimal(),
            f.GetProperty("basis").GetString()!))];
    }

    public static async Task<IReadOnlyDictionary<string, ApiFact>> ByIdAsync(HttpClient client) =>
        (await ListAsync(client)).ToDictionary(f => f.Id);
}
