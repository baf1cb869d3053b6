using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>A margin change in percentage points: margin = prior-year margin + change (pp).</summary>
public sealed class MarginChangeRule : IIdentityRule
{
    public string Name => "margin_change";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from period in model.Durations
        let prior = model.PriorYear(period)
        where prior is not null
        from scope in Scopes
        select new SumIdentity($"margin-change-{scope.Slug}-{period}".ToLowerInvariant(), Name, period,
            $"{scope.Label} gross margin change (points) = margin in {Label(period)} − in {Label(prior)}",
            [
                model.Variable(period, scope, Metrics.GrossMarginPct),
                model.Variable(prior, scope, Metrics.GrossMarginPct),
                model.Variable(period, scope, Metrics.GrossMarginChangePp),
            ],
            subject: 2);
}
