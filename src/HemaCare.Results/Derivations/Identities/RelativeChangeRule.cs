using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>
/// A percentage change against the prior year: level = prior × (1 + change % ÷ 100), and change in dollars =
/// change % ÷ 100 × prior. The second follows from the first and the dollar change, but propagation needs it
/// said outright to reach the prior year from a stated dollar and percentage change (it is never blamed alone).
/// </summary>
public sealed class RelativeChangeRule : IIdentityRule
{
    public string Name => "change";

    public IEnumerable<Identity> Build(InferenceModel model)
    {
        foreach (var (level, change, changePct) in SummedMetrics.ChangeFamilies)
        {
            if (changePct is null) continue;
            foreach (var period in model.Durations)
            {
                var prior = model.PriorYear(period);
                if (prior is null) continue;
                foreach (var scope in SummedMetrics.ScopesOf(level))
                {
                    var pct = model.Variable(period, scope, changePct);
                    var before = model.Variable(prior, scope, level);
                    var what = $"{scope.Label} {SummedMetrics.Lower(changePct)}";
                    var growth = new ProductIdentity(
                        $"change-{changePct}-{scope.Slug}-{period}".ToLowerInvariant(), Name, period,
                        $"{what} = 100 × ({SummedMetrics.Lower(level)} in {Label(period)} ÷ in {Label(prior)} − 1)",
                        [model.Variable(period, scope, level), pct, before], ProductForm.Growth);
                    yield return growth;
                    yield return new ProductIdentity(
                        $"change-{changePct}-from-{change}-{scope.Slug}-{period}".ToLowerInvariant(), Name, period,
                        $"{what} = 100 × {SummedMetrics.Lower(change)} ÷ "
                            + $"{SummedMetrics.Lower(level)} in {Label(prior)}",
                        [model.Variable(period, scope, change), pct, before], ProductForm.Share)
                    {
                        Premises = [growth.Id, SummedMetrics.ChangeId(change, scope, period)],
                    };
                }
            }
        }
    }
}
