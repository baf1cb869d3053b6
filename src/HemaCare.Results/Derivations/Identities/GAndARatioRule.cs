using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>G&amp;A as % of revenue = 100 × G&amp;A ÷ revenue, for the company.</summary>
public sealed class GAndARatioRule : IIdentityRule
{
    public string Name => "g_and_a_ratio";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from period in model.Durations
        select new ProductIdentity($"g-and-a-ratio-{ScopeKey.Company.Slug}-{period}".ToLowerInvariant(), Name, period,
            $"G&A as % of revenue = 100 × G&A ÷ revenue, {Label(period)}",
            [
                model.Variable(period, ScopeKey.Company, Metrics.GAndA),
                model.Variable(period, ScopeKey.Company, Metrics.GAndAPctOfRevenue),
                model.Variable(period, ScopeKey.Company, Metrics.Revenue),
            ],
            ProductForm.Share);
}
