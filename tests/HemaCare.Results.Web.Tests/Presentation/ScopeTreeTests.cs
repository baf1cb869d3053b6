using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Tests.Presentation;

public sealed class ScopeTreeTests
{
    private static IEnumerable<string> Indented(IEnumerable<ScopeKey> scopes) =>
        ScopeTree.Order(scopes).Select(s => new string(' ', 2 * s.Depth) + s.Scope.Label);

    [Fact]
    public void Segments_come_in_their_order_each_followed_by_its_programs()
    {
        ScopeKey[] scopes =
        [
            new(Scope.BloodServices, ""), new(Scope.BloodProducts, Scope.NewPrograms),
            new(Scope.BloodProducts, ""), new(Scope.BloodProducts, Scope.MaturePrograms),
        ];

        Indented(scopes).Should().Equal(
            "Blood products", "  Mature blood management programs", "  New blood management programs",
                "Blood services");
    }

    [Fact]
    public void A_program_alone_brings_its_parents_so_the_nesting_reads_correctly()
    {
        Indented([new(Scope.BloodProducts, Scope.ShermanOaks)]).Should().Equal(
            "Blood products", "  Mature blood management programs", "    Sherman Oaks donor center");
    }

    [Fact]
    public void The_company_and_repeated_scopes_are_left_out()
    {
        ScopeKey[] scopes = [ScopeKey.Company, new(Scope.BloodServices, ""), new(Scope.BloodServices, "")];

        Indented(scopes).Should().Equal("Blood services");
    }
}
