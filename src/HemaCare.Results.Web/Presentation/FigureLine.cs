using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Presentation;

/// <summary>A figure for a period beside the same figure a year earlier and the change between them.</summary>
public sealed record FigureLine(string Label, string Metric, Fact? Current, Fact? Prior, Fact? Change);
