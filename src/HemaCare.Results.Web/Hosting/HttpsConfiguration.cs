namespace HemaCare.Results.Web.Hosting;

/// <summary>Whether the app is served over HTTPS at all: plain-HTTP runs get no redirection.</summary>
public static class HttpsConfiguration
{
    /// <summary>True when an https URL or port is configured.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "")
            .Contains("https://", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(configuration["https_port"] ?? configuration["ASPNETCORE_HTTPS_PORT"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Any(e => e["Url"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true);
}
