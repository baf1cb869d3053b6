using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Checks;

/// <summary>A figure stated more than once agrees with its first statement.</summary>
public static class RestatedRule
{
    public const string Name = "restated";

    public static IEnumerable<ReconciliationCheck> Run(FactIndex index)
    {
        foreach (var group in index.Restatements)
        {
            var first = group.First();
            foreach (var again in group.Skip(1))
            {
                var where = again.Document == first.Document ? "stated twice in one script" : "stated in both scripts";
                var what = $"{ScopeKey.Of(again).Label} {Metrics.LabelOf(again.Metric).ToLowerInvariant()}";
                yield return new ReconciliationCheck($"restated-{again.Id}", Name, again.Period,
                    $"{what}, {Period.LabelOf(again.Period)}, {where}: the statements agree",
                    again.Interval.Overlaps(first.Interval) ? CheckStatus.Pass : CheckStatus.Fail,
                    first.Interval, again.Interval, [first.Id, again.Id]);
            }
        }
    }
}
