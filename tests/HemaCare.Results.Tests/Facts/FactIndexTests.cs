using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Facts;

/// <summary>Which statement of a figure the views show when it is stated (or derived) more than once.</summary>
public sealed class FactIndexTests
{
    private static Fact Figure(string id, Basis basis = Basis.Stated, int decimals = -5, string qualifier = "",
        IReadOnlyList<string>? inputs = null) =>
        new(id, "2003-Q2", "", "", "revenue", 6_900_000m, "usd", decimals, qualifier, basis,
            basis == Basis.Stated ? "script" : null, basis == Basis.Stated ? "quote" : null, null,
            basis == Basis.Derived ? "a + b" : null, inputs ?? [], 6_850_000m, 6_950_000m);

    private static string Primary(params Fact[] facts) =>
        new FactIndex(facts).Find("2003-Q2", "", "", "revenue")!.Id;

    [Fact]
    public void A_stated_figure_is_shown_before_a_derived_one_whatever_their_order_or_precision()
    {
        Primary(Figure("derived", Basis.Derived, decimals: 0), Figure("stated")).Should().Be("stated");
        Primary(Figure("stated"), Figure("derived", Basis.Derived, decimals: 0)).Should().Be("stated");
    }

    [Fact]
    public void The_most_precise_statement_is_shown_whatever_the_order()
    {
        Primary(Figure("coarse", decimals: -5), Figure("fine", decimals: -3)).Should().Be("fine");
        Primary(Figure("fine", decimals: -3), Figure("coarse", decimals: -5)).Should().Be("fine");
        Primary(Figure("fine", decimals: -3, qualifier: "approximately"), Figure("coarse", decimals: -5))
            .Should().Be("fine", "precision comes before the hedge");
    }

    [Fact]
    public void Between_equally_precise_statements_an_unhedged_one_is_shown_then_the_first()
    {
        Primary(Figure("hedged", qualifier: "approximately"), Figure("plain")).Should().Be("plain");
        Primary(Figure("plain"), Figure("hedged", qualifier: "approximately")).Should().Be("plain");
        Primary(Figure("first"), Figure("second")).Should().Be("first");
        Primary(Figure("first", qualifier: "about"), Figure("second", qualifier: "approximately"))
            .Should().Be("first");
    }

    [Fact]
    public void Restatements_are_stated_figures_stated_more_than_once()
    {
        var index = new FactIndex(
        [
            Figure("once"), Figure("derived-too", Basis.Derived),
            Figure("twice-a") with { Metric = "net_income" }, Figure("twice-b") with { Metric = "net_income" },
        ]);

        index.Restatements.Should().ContainSingle()
            .Which.Select(f => f.Id).Should().Equal("twice-a", "twice-b");
    }

    [Fact]
    public void A_derived_figure_rests_on_the_stated_figures_under_its_inputs()
    {
        var index = new FactIndex(
        [
            Figure("a") with { Metric = "a" }, Figure("b") with { Metric = "b" }, Figure("c") with { Metric = "c" },
            Figure("ab", Basis.Derived, inputs: ["a", "b"]) with { Metric = "ab" },
            Figure("abc", Basis.Derived, inputs: ["ab", "c", "a"]) with { Metric = "abc" },
        ]);

        index.StatedRoots(index["abc"]).Should().BeEquivalentTo(["a", "b", "c"]);
        index.StatedRoots(index["a"]).Should().BeEquivalentTo(["a"]);
        FluentActions.Invoking(() => index["missing"]).Should().Throw<InvalidOperationException>();
        index.Find("2003-Q2", "", "", "missing").Should().BeNull();
    }
}
