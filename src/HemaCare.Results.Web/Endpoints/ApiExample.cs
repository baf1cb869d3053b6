using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// Endpoint metadata: example addresses of an endpoint for the /api page, taken from the store so every
/// example answers (a period that exists, a chart that has figures).
/// </summary>
public sealed record ApiExample(Func<ResultsSnapshot, IEnumerable<string>> Urls);
