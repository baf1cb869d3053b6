namespace HemaCare.Results.Web.Health;

/// <summary>The /healthz body: Healthy or Unhealthy, the served store's content hash, and every problem.</summary>
public sealed record HealthDto(string Status, string? ContentHash, IReadOnlyList<string> Problems);
