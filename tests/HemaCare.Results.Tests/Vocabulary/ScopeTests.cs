using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Tests.Vocabulary;

public class ScopeTests
{
    [Fact]
    public void The_company_is_the_empty_scope_even_when_made_by_default()
    {
        (default(ScopeKey).Segment, default(ScopeKey).Program).Should().Be(("", ""));
        default(ScopeKey).Label.Should().Be("Company");
        ScopeKey.Company.Slug.Should().Be("company");
        ScopeKey.Company.Label.Should().Be("Company");
    }

    [Theory]
    [InlineData("Blood products", "", "blood-products", "Blood products")]
    [InlineData("Blood products", "Sherman Oaks donor center",
        "sherman-oaks-donor-center", "Sherman Oaks donor center")]
    [InlineData("Blood services", "", "blood-services", "Blood services")]
    public void A_scope_is_named_and_slugged_by_its_narrowest_part(
        string segment, string program, string slug, string label)
    {
        var scope = new ScopeKey(segment, program);

        scope.Slug.Should().Be(slug);
        scope.Label.Should().Be(label);
    }

    [Theory]
    [InlineData("G&A (net)", "g-a--net")]
    [InlineData("  Q2 2003!", "q2-2003")]
    public void A_slug_keeps_letters_and_digits_and_trims_dashes(string text, string slug) =>
        ScopeKey.Slugify(text).Should().Be(slug);

    [Fact]
    public void Scopes_order_company_first_then_segments_and_programs_as_listed_and_unknown_last()
    {
        Scope.SegmentOrder("").Should().Be(-1);
        Scope.SegmentOrder("Blood products").Should().Be(0);
        Scope.SegmentOrder("Blood services").Should().Be(1);
        Scope.SegmentOrder("Plasma").Should().Be(2);
        Scope.ProgramOrder("").Should().Be(-1);
        Scope.ProgramOrder("Mature blood management programs").Should().Be(0);
        Scope.ProgramOrder("Sherman Oaks donor center").Should().Be(3);
        Scope.ProgramOrder("Moon base").Should().Be(4);
        new ScopeKey("Blood products", "California mobile").Order.Should().Be((0, 1));
    }

    [Fact]
    public void Only_top_level_programs_add_up_to_their_segment()
    {
        Scope.FindProgram("Sherman Oaks donor center")!.IsTopLevel.Should().BeFalse();
        Scope.FindProgram("Moon base").Should().BeNull();
        InferenceModel.TopLevelPrograms("Blood products").Select(p => p.Program)
            .Should().Equal("Mature blood management programs", "California mobile", "New blood management programs");
        InferenceModel.TopLevelPrograms("Blood services").Should().BeEmpty();
    }
}
