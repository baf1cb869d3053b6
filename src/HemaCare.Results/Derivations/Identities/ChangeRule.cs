using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>A change against the prior year in dollars: level = prior-year level + change.</summary>
public sealed class ChangeRule : IIdentityRule
{
    public string Name => "change";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from family in SummedMetrics.ChangeFamilies
        from period in model.Durations
        let prior = model.PriorYear(period)
        where prior is not null
        from scope in SummedMetrics.ScopesOf(family.Level)
        select new SumIdentity(SummedMetrics.ChangeId(family.Change, scope, period), Name, period,
            $"{scope.Label} {SummedMetrics.Lower(family.Change)} = "
                + $"{SummedMetrics.Lower(family.Level)} in {Label(period)} − in {Label(prior)}",
            [
                model.Variable(period, scope, family.Level),
                model.Variable(prior, scope, family.Level),
                model.Variable(period, scope, family.Change),
            ],
            subject: 2);
}
