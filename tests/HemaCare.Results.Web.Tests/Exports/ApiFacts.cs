using System.Text.Json;

namespace HemaCare.Results.Web.Tests.Exports;

internal sealed record ApiFact(
    string Id, string Period, decimal Value, decimal Low, decimal High, string Basis, int Decimals)
{
    /// <summary>
    /// The value written to its XBRL decimals, halves away from zero, with one digit more for as long as that
    /// falls outside the interval: what a wide CSV cell holds.
    /// </summary>
    public decimal Rounded
    {
        get
        {
            var decimals = Decimals;
            var rounded = RoundTo(decimals);
            while ((rounded < Low || rounded > High) && decimals < 6) rounded = RoundTo(++decimals);
            return rounded;
        }
    }

    private decimal RoundTo(int decimals)
    {
        var scale = Enumerable.Repeat(10m, Math.Max(0, -decimals)).Aggregate(1m, (a, b) => a * b);
        return decimals >= 0
            ? Math.Round(Value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero)
            : Math.Round(Value / scale, MidpointRounding.AwayFromZero) * scale;
    }
}

/// <summary>The figures as /api/facts serves them: what every export is checked against.</summary>
internal static class ApiFacts
{
    public static async Task<IReadOnlyList<ApiFact>> ListAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/facts"));
        return [.. json.RootElement.EnumerateArray().Select(f => new ApiFact(
            f.GetProperty("id").GetString()!, f.GetProperty("period").GetString()!,
            f.GetProperty("value").GetDecimal(), f.GetProperty("low").GetDecimal(), f.GetProperty("high").GetDecimal(),
            f.GetProperty("basis").GetString()!, f.GetProperty("decimals").GetInt32()))];
    }

    public static async Task<IReadOnlyDictionary<string, ApiFact>> ByIdAsync(HttpClient client) =>
        (await ListAsync(client)).ToDictionary(f => f.Id);

    /// <summary>
    /// The figures with these ids: from the list, or for a change a view computes against another period (not
    /// in the list), from /api/facts/{id}.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, ApiFact>> ByIdAsync(HttpClient client, IEnumerable<string> ids)
    {
        var all = (await ListAsync(client)).ToDictionary(f => f.Id);
        foreach (var id in ids.Where(id => id.Length > 0 && !all.ContainsKey(id)).Distinct().ToList())
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/facts/{id}"));
            var f = json.RootElement;
            all[id] = new ApiFact(f.GetProperty("id").GetString()!, f.GetProperty("period").GetString()!,
                f.GetProperty("value").GetDecimal(), f.GetProperty("low").GetDecimal(),
                f.GetProperty("high").GetDecimal(), f.GetProperty("basis").GetString()!,
                f.GetProperty("decimals").GetInt32());
        }
        return all;
    }
}
