namespace HemaCare.Results.Vocabulary;

/// <summary>A metric code, its unit and the label pages show.</summary>
public sealed record MetricDefinition(string Code, string Unit, string Label);

/// <summary>A level and its change metrics: the difference in the level's unit, and any percentage change.</summary>
public sealed record ChangeFamily(string Level, string Difference, string? Relative);

/// <summary>
/// Metric codes in snake_case. Shared with analysts' tools, so codes never change meaning once published.
/// Signed results (income, changes) are negative for losses and declines; expense-type amounts are positive.
/// </summary>
public static class Metrics
{
    public const string Revenue = "revenue";
    public const string RevenueChange = "revenue_change";
    public const string RevenueChangePct = "revenue_change_pct";
    public const string GrossProfit = "gross_profit";
    public const string GrossProfitChange = "gross_profit_change";
    public const string GrossMarginPct = "gross_margin_pct";
    public const string GrossMarginChangePp = "gross_margin_change_pp";
    public const string NetIncome = "net_income";
    public const string NetIncomeChange = "net_income_change";
    public const string NetIncomeChangePct = "net_income_change_pct";
    public const string EpsBasic = "eps_basic";
    public const string EpsDiluted = "eps_diluted";
    public const string IncomeTaxBenefit = "income_tax_benefit";
    public const string GAndA = "g_and_a";
    public const string GAndAChange = "g_and_a_change";
    public const string GAndAChangePct = "g_and_a_change_pct";
    public const string GAndAPctOfRevenue = "g_and_a_pct_of_revenue";
    public const string Cash = "cash";
    public const string CashChange = "cash_change";
    public const string LineOfCreditAvailable = "line_of_credit_available";
    public const string LineOfCreditOutstanding = "line_of_credit_outstanding";
    public const string WorkingCapital = "working_capital";
    public const string AccountsReceivableNet = "accounts_receivable_net";
    public const string DaysSalesOutstanding = "days_sales_outstanding";
    public const string DebtReduction = "debt_reduction";
    public const string ClosureLosses = "closure_losses";
    public const string ValuationReservePct = "valuation_reserve_pct";
    public const string ValuationAllowanceCharge = "valuation_allowance_charge";
    public const string DeferredTaxAssetsNet = "deferred_tax_assets_net";
    public const string NonRecurringItems = "non_recurring_items";
    public const string NonRecurringEventCount = "non_recurring_event_count";
    public const string SupplementalTestingRevenue = "supplemental_testing_revenue";
    public const string LeaseTerminationBenefit = "lease_termination_benefit";
    public const string Procedures = "procedures";
    public const string ProceduresChangePct = "procedures_change_pct";
    public const string PlateletCollectionsChangePct = "platelet_collections_change_pct";
    public const string WholeBloodProductionChangePct = "whole_blood_production_change_pct";
    public const string PlateletProductionChangePct = "platelet_production_change_pct";
    public const string DonorRetentionPct = "donor_retention_pct";
    public const string ProductSalesVolumeChangePct = "product_sales_volume_change_pct";

    // Changes no script states; the views compute them from two stated or derived levels.
    public const string GrossProfitChangePct = "gross_profit_change_pct";
    public const string GAndAPctOfRevenueChangePp = "g_and_a_pct_of_revenue_change_pp";
    public const string EpsBasicChange = "eps_basic_change";
    public const string EpsDilutedChange = "eps_diluted_change";
    public const string CashChangePct = "cash_change_pct";
    public const string LineOfCreditAvailableChange = "line_of_credit_available_change";
    public const string LineOfCreditAvailableChangePct = "line_of_credit_available_change_pct";
    public const string LineOfCreditOutstandingChange = "line_of_credit_outstanding_change";
    public const string LineOfCreditOutstandingChangePct = "line_of_credit_outstanding_change_pct";
    public const string WorkingCapitalChange = "working_capital_change";
    public const string WorkingCapitalChangePct = "working_capital_change_pct";
    public const string AccountsReceivableNetChange = "accounts_receivable_net_change";
    public const string AccountsReceivableNetChangePct = "accounts_receivable_net_change_pct";
    public const string DaysSalesOutstandingChange = "days_sales_outstanding_change";

    public static readonly IReadOnlyList<MetricDefinition> All =
    [
        new(Revenue, Units.Usd, "Revenue"),
        new(RevenueChange, Units.Usd, "Revenue change"),
        new(RevenueChangePct, Units.Percent, "Revenue change"),
        new(GrossProfit, Units.Usd, "Gross profit"),
        new(GrossProfitChange, Units.Usd, "Gross profit change"),
        new(GrossMarginPct, Units.Percent, "Gross margin"),
        new(GrossMarginChangePp, Units.PercentagePoints, "Gross margin change (points)"),
        new(NetIncome, Units.Usd, "Net income (loss)"),
        new(NetIncomeChange, Units.Usd, "Net income change"),
        new(NetIncomeChangePct, Units.Percent, "Net income change"),
        new(EpsBasic, Units.UsdPerShare, "EPS, basic"),
        new(EpsDiluted, Units.UsdPerShare, "EPS, diluted"),
        new(IncomeTaxBenefit, Units.Usd, "Income tax benefit"),
        new(GAndA, Units.Usd, "General and administrative"),
        new(GAndAChange, Units.Usd, "G&A change"),
        new(GAndAChangePct, Units.Percent, "G&A change"),
        new(GAndAPctOfRevenue, Units.Percent, "G&A as % of revenue"),
        new(Cash, Units.Usd, "Cash"),
        new(CashChange, Units.Usd, "Cash change"),
        new(LineOfCreditAvailable, Units.Usd, "Line of credit available"),
        new(LineOfCreditOutstanding, Units.Usd, "Line of credit outstanding"),
        new(WorkingCapital, Units.Usd, "Working capital"),
        new(AccountsReceivableNet, Units.Usd, "Accounts receivable, net"),
        new(DaysSalesOutstanding, Units.Days, "Days sales outstanding"),
        new(DebtReduction, Units.Usd, "Debt reduction"),
        new(ClosureLosses, Units.Usd, "Losses from closed donor centers"),
        new(ValuationReservePct, Units.Percent, "Valuation reserve on deferred tax assets"),
        new(ValuationAllowanceCharge, Units.Usd, "Valuation allowance charge"),
        new(DeferredTaxAssetsNet, Units.Usd, "Deferred tax assets, net"),
        new(NonRecurringItems, Units.Usd, "Non-recurring items"),
        new(NonRecurringEventCount, Units.Count, "Non-recurring events"),
        new(SupplementalTestingRevenue, Units.Usd, "Supplemental testing revenue (prior periods)"),
        new(LeaseTerminationBenefit, Units.Usd, "Lease termination benefit"),
        new(Procedures, Units.Count, "Procedures"),
        new(ProceduresChangePct, Units.Percent, "Procedures change"),
        new(PlateletCollectionsChangePct, Units.Percent, "Platelet collections change"),
        new(WholeBloodProductionChangePct, Units.Percent, "Whole blood production change"),
        new(PlateletProductionChangePct, Units.Percent, "Platelet production change"),
        new(DonorRetentionPct, Units.Percent, "Donor retention"),
        new(ProductSalesVolumeChangePct, Units.Percent, "Product sales volume change"),
        new(GrossProfitChangePct, Units.Percent, "Gross profit change"),
        new(GAndAPctOfRevenueChangePp, Units.PercentagePoints, "G&A as % of revenue change (points)"),
        new(EpsBasicChange, Units.UsdPerShare, "EPS, basic, change"),
        new(EpsDilutedChange, Units.UsdPerShare, "EPS, diluted, change"),
        new(CashChangePct, Units.Percent, "Cash change"),
        new(LineOfCreditAvailableChange, Units.Usd, "Line of credit available change"),
        new(LineOfCreditAvailableChangePct, Units.Percent, "Line of credit available change"),
        new(LineOfCreditOutstandingChange, Units.Usd, "Line of credit outstanding change"),
        new(LineOfCreditOutstandingChangePct, Units.Percent, "Line of credit outstanding change"),
        new(WorkingCapitalChange, Units.Usd, "Working capital change"),
        new(WorkingCapitalChangePct, Units.Percent, "Working capital change"),
        new(AccountsReceivableNetChange, Units.Usd, "Accounts receivable change"),
        new(AccountsReceivableNetChangePct, Units.Percent, "Accounts receivable change"),
        new(DaysSalesOutstandingChange, Units.Days, "Days sales outstanding change"),
    ];

    /// <summary>
    /// Each level with the metrics of its change: the difference in the level's own unit (dollars, percentage
    /// points for a percentage, days) and, where a ratio of two levels means something, the percentage change.
    /// </summary>
    public static readonly IReadOnlyList<ChangeFamily> Changes =
    [
        new(Revenue, RevenueChange, RevenueChangePct),
        new(GrossProfit, GrossProfitChange, GrossProfitChangePct),
        new(GrossMarginPct, GrossMarginChangePp, null),
        new(GAndA, GAndAChange, GAndAChangePct),
        new(GAndAPctOfRevenue, GAndAPctOfRevenueChangePp, null),
        new(NetIncome, NetIncomeChange, NetIncomeChangePct),
        new(EpsBasic, EpsBasicChange, null),
        new(EpsDiluted, EpsDilutedChange, null),
        new(Cash, CashChange, CashChangePct),
        new(LineOfCreditAvailable, LineOfCreditAvailableChange, LineOfCreditAvailableChangePct),
        new(LineOfCreditOutstanding, LineOfCreditOutstandingChange, LineOfCreditOutstandingChangePct),
        new(WorkingCapital, WorkingCapitalChange, WorkingCapitalChangePct),
        new(AccountsReceivableNet, AccountsReceivableNetChange, AccountsReceivableNetChangePct),
        new(DaysSalesOutstanding, DaysSalesOutstandingChange, null),
    ];

    /// <summary>
    /// Which way a level is good for the company: a rise in revenue is favourable, a rise in G&amp;A or days
    /// sales outstanding is not. Levels not listed (receivables, counts of events) are neither.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, bool> HigherIsBetter =
        new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            [Revenue] = true, [GrossProfit] = true, [GrossMarginPct] = true, [NetIncome] = true,
            [EpsBasic] = true, [EpsDiluted] = true, [GAndA] = false, [GAndAPctOfRevenue] = false,
            [Cash] = true, [LineOfCreditAvailable] = true, [LineOfCreditOutstanding] = false,
            [WorkingCapital] = true, [DaysSalesOutstanding] = false, [Procedures] = true,
        };

    /// <summary>The change family a level or one of its change metrics belongs to.</summary>
    public static ChangeFamily? FamilyOf(string metric) =>
        Changes.FirstOrDefault(c => c.Level == metric || c.Difference == metric || c.Relative == metric);

    /// <summary>
    /// Whether a rise in <paramref name="metric"/> is good: for a change metric, whether a rise in its level is.
    /// Null where neither direction is better.
    /// </summary>
    public static bool? IsRiseFavourable(string metric) =>
        HigherIsBetter.TryGetValue(FamilyOf(metric)?.Level ?? metric, out var higher) ? higher : null;

    private static readonly Dictionary<string, MetricDefinition> ByCode =
        All.ToDictionary(m => m.Code, StringComparer.Ordinal);

    public static MetricDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    public static string LabelOf(string code) => Find(code)?.Label ?? code;

    /// <summary>
    /// Whether the metric is a change against the prior-year period (revenue_change, gross_margin_change_pp…).
    /// </summary>
    public static bool IsChange(string code) => code.Contains("_change", StringComparison.Ordinal);
}
