using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>Gross margin % = 100 × gross profit ÷ revenue, for every scope.</summary>
public sealed class GrossMarginRule : IIdentityRule
{
    public string Name => "gross_margin";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from period in model.Durations
        from scope in Scopes
        select new ProductIdentity($"gross-margin-{scope.Slug}-{period}".ToLowerInvariant(), Name, period,
            $"{scope.Label} gross margin % = 100 × gross profit ÷ revenue, {Label(period)}",
            [
                model.Variable(period, scope, Metrics.GrossProfit),
                model.Variable(period, scope, Metrics.GrossMarginPct),
                model.Variable(period, scope, Metrics.Revenue),
            ],
            ProductForm.Share);
}
