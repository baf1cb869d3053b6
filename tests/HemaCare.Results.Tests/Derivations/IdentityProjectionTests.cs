using HemaCare.Results.Derivations;

namespace HemaCare.Results.Tests.Derivations;

/// <summary>Each identity form projected onto each of its figures, and solved in words for derived formulas.</summary>
public class IdentityProjectionTests
{
    private static readonly string[] Terms = ["A", "B", "C"];

    private static Bounds[] Project(Identity identity, params Bounds[] values)
    {
        var projected = new Bounds[values.Length];
        identity.Project(values, projected);
        return projected;
    }

    private static void ShouldHold(Bounds bounds, double low, double high)
    {
        bounds.Low.Should().BeLessThanOrEqualTo(low).And.BeApproximately(low, 1e-9 * Math.Max(1, Math.Abs(low)));
        bounds.High.Should().BeGreaterThanOrEqualTo(high).And.BeApproximately(high, 1e-9 * Math.Max(1, Math.Abs(high)));
    }

    private static SumIdentity Sum(int arity) =>
        new("s", "test", "2003-Q2", "total = parts", [.. Enumerable.Range(0, arity)]);

    private static ProductIdentity Product(ProductForm form) =>
        new("p", "test", "2003-Q2", "a = b ÷ 100 × c", [0, 1, 2], form);

    [Fact]
    public void A_sum_projects_the_total_from_the_parts_and_each_part_from_the_total_less_the_others()
    {
        var projected = Project(Sum(4), new Bounds(100, 110), new Bounds(10, 20), new Bounds(30, 40), new Bounds(1, 2));

        ShouldHold(projected[0], 41, 62);
        ShouldHold(projected[1], 58, 79);
        ShouldHold(projected[2], 78, 99);
        ShouldHold(projected[3], 40, 70);
    }

    [Fact]
    public void A_sum_is_solved_for_its_total_or_for_a_part()
    {
        var sum = Sum(3);

        sum.Solve(0, Terms).Should().Be("B + C");
        sum.Solve(1, Terms).Should().Be("A − C");
        sum.Solve(2, Terms).Should().Be("A − B");
        Sum(4).Solve(2, ["T", "P", "Q", "R"]).Should().Be("T − P − R");
    }

    [Fact]
    public void A_share_projects_profit_margin_and_revenue()
    {
        // Gross profit $378k at a 5.4% margin of revenue $7M.
        var projected = Project(Product(ProductForm.Share),
            new Bounds(377_500, 378_500), new Bounds(5.35, 5.45), new Bounds(6_900_000, 7_100_000));

        ShouldHold(projected[0], 0.0535 * 6_900_000, 0.0545 * 7_100_000);
        ShouldHold(projected[1], 100 * 377_500 / 7_100_000.0, 100 * 378_500 / 6_900_000.0);
        ShouldHold(projected[2], 377_500 / 0.0545, 378_500 / 0.0535);
    }

    [Fact]
    public void A_growth_projects_this_year_the_change_and_last_year()
    {
        // This year $110–112 after a 10–12% rise from $99–101.
        var projected = Project(Product(ProductForm.Growth),
            new Bounds(110, 112), new Bounds(10, 12), new Bounds(99, 101));

        ShouldHold(projected[0], 1.10 * 99, 1.12 * 101);
        ShouldHold(projected[1], 100 * (110 / 101.0 - 1), 100 * (112 / 99.0 - 1));
        ShouldHold(projected[2], 110 / 1.12, 112 / 1.10);
    }

    [Theory]
    [InlineData(ProductForm.Share, 0, "B ÷ 100 × C")]
    [InlineData(ProductForm.Share, 1, "100 × A ÷ C")]
    [InlineData(ProductForm.Share, 2, "A ÷ (B ÷ 100)")]
    [InlineData(ProductForm.Growth, 0, "C × (1 + B ÷ 100)")]
    [InlineData(ProductForm.Growth, 1, "100 × (A ÷ C − 1)")]
    [InlineData(ProductForm.Growth, 2, "A ÷ (1 + B ÷ 100)")]
    public void A_product_is_solved_in_words_for_each_position(ProductForm form, int position, string formula) =>
        Product(form).Solve(position, Terms).Should().Be(formula);

    [Fact]
    public void An_identity_keeps_what_it_was_built_with()
    {
        var identity = new SumIdentity("id", "rule", "2003-FY", "words", [4, 5, 6], subject: 2);

        (identity.Id, identity.Rule, identity.Period, identity.Description, identity.Subject)
            .Should().Be(("id", "rule", "2003-FY", "words", 2));
        identity.Variables.Should().Equal(4, 5, 6);
        Product(ProductForm.Share).Subject.Should().Be(1, "a share's check reports on its percentage");
    }
}
