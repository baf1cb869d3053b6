using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Derivations;

/// <summary>The periods the identities range over, from the periods of the stated figures.</summary>
public class InferenceModelTests
{
    private static Fact Stated(string period, string metric) =>
        new($"{metric}-{period}".ToLowerInvariant(), period, "", "", metric, 1m, "usd", 0, "", Basis.Stated, "doc",
            "q", null, null, [], 1m, 1m);

    [Fact]
    public void Every_quarter_half_and_year_of_each_stated_year_is_a_duration()
    {
        var model = new InferenceModel([Stated("2003-Q2", "revenue"), Stated("2001-FY", "revenue")]);

        model.Years.Should().Equal(2001, 2003);
        model.Durations.Should().Equal("2001-Q1", "2001-Q2", "2001-Q3", "2001-Q4", "2001-H1", "2001-FY",
            "2003-Q1", "2003-Q2", "2003-Q3", "2003-Q4", "2003-H1", "2003-FY");
        model.Instants.Should().BeEmpty();
    }

    [Fact]
    public void Instants_are_the_stated_dates_and_the_dates_a_stated_change_reaches_back_to()
    {
        var model = new InferenceModel([
            Stated("2003-12-31", "cash_change"), Stated("2003-06-30", "cash"), Stated("2003-06-30", "working_capital"),
        ]);

        model.Instants.Should().Equal("2002-12-31", "2003-06-30", "2003-12-31");
        model.Years.Should().BeEmpty();
        model.PriorYear("2003-12-31").Should().Be("2002-12-31");
        model.PriorYear("2003-06-30").Should().BeNull("June 2002 is not a date of the model");
    }

    [Fact]
    public void A_prior_year_period_belongs_to_the_model_only_if_its_year_does()
    {
        var model = new InferenceModel([Stated("2003-Q2", "revenue"), Stated("2002-Q4", "revenue")]);

        model.PriorYear("2003-H1").Should().Be("2002-H1");
        model.PriorYear("2002-FY").Should().BeNull();
    }

    [Fact]
    public void Each_stated_figure_bounds_its_variable_and_others_start_unbounded()
    {
        var model = new InferenceModel([Stated("2003-Q2", "revenue")]);

        var stated = model.Variable("2003-Q2", ScopeKey.Company, "revenue");
        var other = model.Variable("2003-Q1", ScopeKey.Company, "revenue");

        model.Network.Domains[stated].Contains(1).Should().BeTrue();
        model.Network.Domains[stated].Width.Should().BeLessThan(1e-9);
        model.Network.Domains[other].Should().Be(Bounds.Unbounded);
        model.Variable("2003-Q2", ScopeKey.Company, "revenue").Should().Be(stated, "a figure is one variable");
    }
}
