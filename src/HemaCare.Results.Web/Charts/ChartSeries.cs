using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Charts;

/// <summary>One series of a grouped column chart: a fact (or none) per category.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<Fact?> Values);
