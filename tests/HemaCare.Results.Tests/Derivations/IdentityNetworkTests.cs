using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Derivations;

public class IdentityNetworkTests
{
    private static FigureKey Key(string metric) => new("2003-Q2", ScopeKey.Company, metric);

    [Fact]
    public void Statements_of_one_figure_narrow_it_unless_they_cannot_meet_when_the_first_stands()
    {
        var network = new IdentityNetwork();

        network.State(Key("a"), new Interval(10m, 20m));
        network.State(Key("a"), new Interval(15m, 30m));
        network.State(Key("a"), new Interval(40m, 50m));

        var domain = network.Domains[network.Find(Key("a"))!.Value];
        domain.Low.Should().BeApproximately(15, 1e-9);
        domain.High.Should().BeApproximately(20, 1e-9);
        network.Find(Key("never")).Should().BeNull();
    }

    [Fact]
    public void An_identity_built_twice_is_added_once_and_listed_under_each_of_its_figures_once()
    {
        var network = new IdentityNetwork();
        int a = network.Variable(Key("a")), b = network.Variable(Key("b"));

        network.Add(new SumIdentity("x", "test", "2003-Q2", "a = b + b", [a, b, b]));
        network.Add(new SumIdentity("x", "test", "2003-Q2", "a = b + b", [a, b, b]));

        network.Identities.Should().ContainSingle();
        network.IdentitiesOf[a].Should().Equal(0);
        network.IdentitiesOf[b].Should().Equal(0);
    }

    [Fact]
    public void Blaming_a_premise_also_leaves_out_what_it_implies()
    {
        var network = new IdentityNetwork();
        int a = network.Variable(Key("a")), b = network.Variable(Key("b")), c = network.Variable(Key("c"));
        network.Add(new SumIdentity("p", "test", "2003-Q2", "a = b", [a, b]));
        network.Add(new SumIdentity("q", "test", "2003-Q2", "b = c", [b, c]));
        network.Add(new SumIdentity("implied", "test", "2003-Q2", "a = c", [a, c]) { Premises = ["p", "q"] });

        network.WithImplied([0]).Should().BeEquivalentTo([0, 2]);
        network.WithImplied([1]).Should().BeEquivalentTo([1, 2]);
        network.WithImplied([]).Should().BeEmpty();
    }
}
