using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>Figures named in words for notes and reasons: "Q1 2003 Blood products revenue".</summary>
public static class FigureNames
{
    public static string Of(string period, ScopeKey scope, string metric) => Of([period], scope, [metric]);

    /// <summary>Several figures of one scope at once: "H1 2003 and Q2 2003 revenue", "Q2 2003 gross profit and
    /// gross margin".</summary>
    public static string Of(IReadOnlyList<string> periods, ScopeKey scope, IReadOnlyList<string> metrics)
    {
        var when = And(periods.Select(p => Period.TryParse(p, out var parsed) ? parsed.Label : p).ToList());
        var who = scope.Segment.Length == 0 ? "" : scope.Label + " ";
        return $"{when} {who}{And(metrics.Select(Measure).ToList())}";
    }

    /// <summary>A metric's label as it reads inside a sentence ("Revenue" → "revenue", "G&amp;A" kept).</summary>
    public static string Measure(string metric)
    {
        if (InSentence.TryGetValue(metric, out var phrase)) return phrase;
        var label = Metrics.LabelOf(metric);
        return label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1])
            ? char.ToLowerInvariant(label[0]) + label[1..]
            : label;
    }

    private static readonly Dictionary<string, string> InSentence = new(StringComparer.Ordinal)
    {
        [Metrics.GAndA] = "G&A",
        [Metrics.EpsBasic] = "basic EPS",
        [Metrics.EpsDiluted] = "diluted EPS",
    };

    public static string And(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    public static string IsOrAre(int count) => count == 1 ? "is" : "are";
}
