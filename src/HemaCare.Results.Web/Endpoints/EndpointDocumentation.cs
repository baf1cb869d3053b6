using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// What /openapi/v1.json and the /api page say about an endpoint: summary and description, the content type
/// of its 200, its problem responses and example addresses. Typed results declare JSON bodies themselves; a
/// file download and a problem carry no type, so they are declared here.
/// </summary>
public static class EndpointDocumentation
{
    public const string Csv = "text/csv";
    public const string Svg = "image/svg+xml";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string PeriodCode =
        "A period code: a quarter (2003-Q2), half year (2003-H1), year (2003-FY) or balance-sheet date (2003-12-31).";
    public const string PeriodFilter = "Only the facts of this period code, e.g. 2003-Q2. An unknown period is a 404.";
    public const string MetricFilter =
        "Only the facts of this metric code, e.g. revenue or gross_margin_pct. An unknown metric is a 404.";
    public const string Shape = "long (the default): one record per figure, with its provenance; "
        + "wide: one record per table row, as the page lays it out.";
    public const string Chart = "The chart's id, as in its Download SVG link.";

    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string summary, string description) =>
        endpoint.WithSummary(summary).WithDescription(description);

    /// <summary>A download: a 200 with a body of this content type, sent as an attachment.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder endpoint, string contentType) =>
        endpoint.Produces(StatusCodes.Status200OK, typeof(Stream), contentType);

    public static RouteHandlerBuilder NotFoundProblem(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status404NotFound);

    public static RouteHandlerBuilder BadRequestProblem(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status400BadRequest);

    public static RouteHandlerBuilder Examples(
        this RouteHandlerBuilder endpoint, Func<ResultsSnapshot, IEnumerable<string>> urls) =>
        endpoint.WithMetadata(new ApiExample(urls));

    public static RouteHandlerBuilder Example(this RouteHandlerBuilder endpoint, string url) =>
        endpoint.WithMetadata(new ApiExample(_ => [url]));
}
