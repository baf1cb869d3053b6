using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>Totals the scripts break into named parts: non-recurring items = testing revenue + lease benefit.</summary>
public sealed class ComponentsRule : IIdentityRule
{
    private static readonly (string Total, string[] Parts)[] Components =
    [
        (Metrics.NonRecurringItems, [Metrics.SupplementalTestingRevenue, Metrics.LeaseTerminationBenefit]),
    ];

    public string Name => "components";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from component in Components
        from period in model.Durations
        select new SumIdentity($"components-{component.Total}-{period}".ToLowerInvariant(), Name, period,
            $"{Metrics.LabelOf(component.Total)} equal the sum of the items named, {Label(period)}",
            [
                model.Variable(period, ScopeKey.Company, component.Total),
                .. component.Parts.Select(p => model.Variable(period, ScopeKey.Company, p)),
            ]);
}
