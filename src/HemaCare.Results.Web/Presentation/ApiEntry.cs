namespace HemaCare.Results.Web.Presentation;

/// <summary>A parameter of an endpoint: in the path or the query string, with what it means.</summary>
public sealed record ApiParameter(string Name, string In, string Description);

/// <summary>One /api or /export endpoint as the /api page lists it.</summary>
public sealed record ApiEntry(
    string Route, string Group, string Summary, string Description, IReadOnlyList<string> ContentTypes,
    IReadOnlyList<int> ProblemStatuses, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<string> Examples);
