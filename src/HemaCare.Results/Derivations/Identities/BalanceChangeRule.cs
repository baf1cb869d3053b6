using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using static HemaCare.Results.Derivations.InferenceModel;

namespace HemaCare.Results.Derivations.Identities;

/// <summary>A balance-sheet change: value at the date = value a year earlier + change (for cash).</summary>
public sealed class BalanceChangeRule : IIdentityRule
{
    private static readonly (string Level, string Change)[] Balances = [(Metrics.Cash, Metrics.CashChange)];

    public string Name => "balance_change";

    public IEnumerable<Identity> Build(InferenceModel model) =>
        from balance in Balances
        from date in model.Instants
        let prior = model.PriorYear(date)
        where prior is not null
        select new SumIdentity(
            $"balance-change-{balance.Change}-{ScopeKey.Company.Slug}-{date}".ToLowerInvariant(), Name, date,
            $"{SummedMetrics.Lower(balance.Change)} = "
                + $"{SummedMetrics.Lower(balance.Level)} at {Label(date)} − at {Label(prior)}",
            [
                model.Variable(date, ScopeKey.Company, balance.Level),
                model.Variable(prior, ScopeKey.Company, balance.Level),
                model.Variable(date, ScopeKey.Company, balance.Change),
            ],
            subject: 2);
}
