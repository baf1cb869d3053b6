namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Words a call script uses for a figure instead of a number ("virtually unchanged"), from a quote that must
/// occur once in that script. It applies to the figures of <see cref="Metrics"/> for the period and scope.
/// </summary>
public sealed record ScriptWording(
    string Document, string Quote, string Words, string Period, string Segment, string Program,
    IReadOnlyList<string> Metrics);
