namespace HemaCare.Results.Derivations.Identities;

/// <summary>Every identity the figures obey: inference propagates through all of them, and checks test them.</summary>
public static class IdentityRules
{
    public static readonly IReadOnlyList<IIdentityRule> All =
    [
        new SegmentsSumRule(),
        new ProgramsSumRule(),
        new GrossMarginRule(),
        new GAndARatioRule(),
        new ChangeRule(),
        new RelativeChangeRule(),
        new MarginChangeRule(),
        new FlowSumRule(),
        new BalanceChangeRule(),
        new ComponentsRule(),
    ];

    public static void AddAll(InferenceModel model)
    {
        foreach (var rule in All)
            foreach (var identity in rule.Build(model))
                model.Network.Add(identity);
    }
}
