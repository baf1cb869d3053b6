using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Derivations;

public class DerivedFactsTests
{
    // Built per test, not cached in a static field: a mutation-testing run attributes the code a build reaches to
    // the test that ran it, so a build shared by a class would be credited to its first test only.
    private readonly Lazy<ImportResult> _import = new(() => FactsImport.Run(RepositoryPaths.Source));

    private readonly Lazy<FactIndex> _index;

    public DerivedFactsTests() => _index = new(() => new FactIndex(_import.Value.Facts));

    private Fact Find(string period, string segment, string program, string metric) =>
        _index.Value.Find(period, segment, program, metric)
        ?? throw new Xunit.Sdk.XunitException($"no {metric} for {period} {segment}/{program}");

    [Theory]
    // Company revenue less blood services (from its stated dollar and percentage change), narrowed by the company's
    // change being the two segments' changes: about $19.4M and $20.0M, ±$0.08M, where the 3% change alone allows ±$3M.
    [InlineData("2002-FY", "Blood products", 19_341_000, 19_342_000, 19_498_000, 19_499_000)]
    [InlineData("2003-FY", "Blood products", 19_927_000, 19_928_000, 20_084_000, 20_085_000)]
    // Company revenue (gross profit ÷ 14.2%) less blood products, and blood services' gross profit ÷ its 33% margin.
    [InlineData("2002-Q2", "Blood services", 2_155_000, 2_156_000, 2_206_000, 2_207_000)]
    public void Revenue_is_narrowed_to_what_every_stated_figure_jointly_allows(
        string period, string segment, int lowFrom, int lowTo, int highFrom, int highTo)
    {
        var fact = Find(period, segment, "", "revenue");

        fact.Basis.Should().Be(Basis.Derived);
        fact.Low.Should().BeInRange(lowFrom, lowTo);
        fact.High.Should().BeInRange(highFrom, highTo);
        fact.Value.Should().BeInRange(fact.Low, fact.High);
        fact.Decimals.Should().Be(-5, "the interval spans under two units of $100,000");
    }

    [Fact]
    public void Company_revenue_change_in_q2_2003_is_about_flat_with_its_sign_unknown()
    {
        // Blood products +7.4% of $4.72–4.77M and blood services −16% of $2.156–2.206M: together −$17k to +$21k on
        // $6.92–6.97M. The hand estimate from the levels alone was −0.67% to +0.39%; the segments' changes
        // narrow it further.
        var fact = Find("2003-Q2", "", "", "revenue_change_pct");

        fact.Basis.Should().Be(Basis.Derived);
        fact.Low.Should().BeInRange(-0.67m, -0.24m);
        fact.High.Should().BeInRange(0.30m, 0.39m);
        fact.Decimals.Should().Be(0);
    }

    [Fact]
    public void A_derived_formula_reads_in_words_and_names_its_inputs()
    {
        var fact = Find("2002-FY", "Blood products", "", "revenue");

        fact.Id.Should().Be("d-revenue-blood-products-2002-fy");
        fact.Formula.Should().Be("Company revenue, FY 2002 − Blood services revenue, FY 2002");
        fact.Inputs.Should().Equal("fy-revenue-2002-fy", "d-revenue-blood-services-2002-fy");
        Find("2002-FY", "Blood services", "", "revenue").Formula.Should()
            .Be("Blood services revenue change ($), FY 2003 ÷ (Blood services revenue change %, FY 2003 ÷ 100)");
    }

    [Fact]
    public void Ends_set_by_different_identities_cite_both()
    {
        var fact = Find("2002-Q2", "Blood services", "", "revenue");

        fact.Formula.Should().Be("Low end from Company revenue, Q2 2002 − Blood products revenue, Q2 2002; "
            + "high end from Blood services gross profit, Q2 2002 ÷ (Blood services gross margin %, Q2 2002 ÷ 100)");
        fact.Inputs.Should().BeEquivalentTo("d-revenue-company-2002-q2", "d-revenue-blood-products-2002-q2",
            "d-gross-profit-blood-services-2002-q2", "q2-gross-margin-pct-blood-services-2002-q2");
    }

    [Theory]
    [InlineData("Mature blood management programs", "revenue_change")]
    [InlineData("Mature blood management programs", "revenue_change_pct")]
    [InlineData("California mobile", "revenue_change")]
    [InlineData("New blood management programs", "revenue_change")]
    [InlineData("New blood management programs", "revenue_change_pct")]
    public void Each_programs_q2_revenue_change_is_derived(string program, string metric)
    {
        var fact = Find("2003-Q2", "Blood products", program, metric);

        fact.Basis.Should().Be(Basis.Derived);
        fact.Id.Should().Be($"d-{metric.Replace('_', '-')}-{Vocabulary.ScopeSlug(program)}-2003-q2");
    }

    [Fact]
    public void Mature_programs_revenue_fell_about_19_percent()
    {
        var fact = Find("2003-Q2", "Blood products", "Mature blood management programs", "revenue_change_pct");

        fact.Low.Should().BeInRange(-19.8m, -19.7m);
        fact.High.Should().BeInRange(-18.5m, -18.4m);
    }

    [Fact]
    public void Net_income_q1_and_q3_2003_follow_from_the_half_year_and_the_year()
    {
        var q1 = Find("2003-Q1", "", "", "net_income");
        var q3 = Find("2003-Q3", "", "", "net_income");

        q1.Value.Should().Be(8_000m);
        q1.Formula.Should().Be("Company net income (loss), H1 2003 − Company net income (loss), Q2 2003");
        q3.Value.Should().Be(-4_679_000m);
        q3.Formula.Should().Be("Company net income (loss), FY 2003 − Company net income (loss), H1 2003 "
            + "− Company net income (loss), Q4 2003");
        q3.Inputs.Should().HaveCount(3);
    }

    [Fact]
    public void Margin_changes_are_in_percentage_points()
    {
        var fact = Find("2003-Q2", "Blood services", "", "gross_margin_change_pp");

        fact.Unit.Should().Be("pp");
        fact.Low.Should().BeInRange(-5.8m, -5.7m);
        fact.High.Should().BeInRange(-4.4m, -4.3m);
    }

    [Fact]
    public void No_percentage_change_is_derived_from_a_loss()
    {
        _index.Value.Find("2003-Q2", "", "", "net_income_change_pct").Should().BeNull();
        Find("2003-Q2", "", "", "net_income_change").Value.Should().Be(-253_000m);
    }

    [Fact]
    public void Every_derived_fact_has_a_formula_in_words_and_inputs_that_exist()
    {
        var ids = _import.Value.Facts.Select(f => f.Id).ToHashSet();

        _import.Value.Facts.Where(f => f.Basis == Basis.Derived).Should().HaveCountGreaterThan(30).And.OnlyContain(f =>
            !string.IsNullOrEmpty(f.Formula) && !f.Formula.Contains('_') && !f.Formula.Contains('(' + f.Period)
            && f.Inputs.Count > 0 && f.Inputs.All(ids.Contains) && f.Document == null
            && f.Low <= f.Value && f.Value <= f.High && f.Id.StartsWith("d-"));
    }

    [Fact]
    public void A_derived_figure_is_unhedged_and_its_value_is_the_middle_of_its_range()
    {
        var derived = _import.Value.Facts.Where(f => f.Basis == Basis.Derived).ToList();

        derived.Should().OnlyContain(f => f.Qualifier.Length == 0 && f.Span == null && f.Quote == null);
        derived.Should().OnlyContain(f => Math.Abs(f.Value - (f.Low + f.High) / 2) <= 0.0000005m);
        // $19,341,212 to $19,498,402 (pinned above): the middle is $19,419,807.
        Find("2002-FY", "Blood products", "", "revenue").Value.Should().BeInRange(19_419_806m, 19_419_808m);
    }

    [Fact]
    public void Following_inputs_down_always_reaches_stated_facts_without_a_loop()
    {
        var byId = _import.Value.Facts.ToDictionary(f => f.Id);
        foreach (var fact in _import.Value.Facts.Where(f => f.Basis == Basis.Derived))
            Descend(fact, []).Should().BeTrue($"{fact.Id} should rest on stated facts");

        bool Descend(Fact fact, HashSet<string> path)
        {
            if (fact.Basis == Basis.Stated) return true;
            if (!path.Add(fact.Id)) throw new Xunit.Sdk.XunitException($"inputs loop back to {fact.Id}");
            var result = fact.Inputs.All(id => Descend(byId[id], path));
            path.Remove(fact.Id);
            return result;
        }
    }

    [Fact]
    public void Stated_figures_keep_the_interval_their_written_form_implies()
    {
        var revenue = Find("2003-Q2", "", "", "revenue");

        revenue.Basis.Should().Be(Basis.Stated);
        (revenue.Low, revenue.High).Should().Be((6_850_000m, 6_950_000m));
    }

    private static class Vocabulary
    {
        public static string ScopeSlug(string program) => ScopeKey.Slugify(program);
    }
}
