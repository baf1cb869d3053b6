using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Derivations;

public class PropagatorTests
{
    private static FigureKey Key(string metric) => new("2003-Q2", ScopeKey.Company, metric);

    [Fact]
    public void A_sum_narrows_every_term_from_the_others_and_leaves_unknowns_unbounded()
    {
        var network = new IdentityNetwork();
        int total = network.Variable(Key("total")), a = network.Variable(Key("a")), b = network.Variable(Key("b"));
        var unknown = network.Variable(Key("unknown"));
        network.State(Key("total"), new Interval(95m, 105m));
        network.State(Key("a"), new Interval(40m, 50m));
        network.Add(new SumIdentity("sum", "test", "2003-Q2", "total = a + b", [total, a, b]));
        network.Add(new SumIdentity("open", "test", "2003-Q2", "b = unknown + a", [b, unknown, a]));

        var run = Propagator.Run(network);

        run.Consistent.Should().BeTrue();
        AssertNear(run.Values[b], 45, 65);
        AssertNear(run.Values[unknown], -5, 25);
        run.Values[total].Low.Should().BeApproximately(95, 1e-9);
    }

    [Fact]
    public void A_share_divides_only_by_intervals_that_exclude_zero()
    {
        var network = new IdentityNetwork();
        int profit = network.Variable(Key("gp")),
            margin = network.Variable(Key("margin")),
            revenue = network.Variable(Key("rev"));
        network.State(Key("gp"), new Interval(377_500m, 378_500m));
        network.State(Key("margin"), new Interval(5.35m, 5.45m));
        network.Add(new ProductIdentity(
            "m", "test", "2003-Q2", "gp = margin ÷ 100 × revenue", [profit, margin, revenue], ProductForm.Share));

        var run = Propagator.Run(network);

        var interval = run.Values[revenue].ToInterval()!.Value;
        interval.Low.Should().BeLessThanOrEqualTo(377_500m / 0.0545m).And.BeGreaterThan(377_500m / 0.0545m - 0.01m);
        interval.High.Should().BeGreaterThanOrEqualTo(378_500m / 0.0535m).And.BeLessThan(378_500m / 0.0535m + 0.01m);
    }

    [Fact]
    public void Bounds_round_outward_and_stay_unbounded_where_nothing_is_known()
    {
        var unbounded = Bounds.Unbounded;
        (unbounded + new Bounds(1, 2)).Should().Be(Bounds.Unbounded);
        AssertNear(unbounded * new Bounds(0, 0), 0, 0);
        (new Bounds(1, 2) / new Bounds(-1, 1)).Should().Be(Bounds.Unbounded);
        AssertNear(new Bounds(1, 2) / new Bounds(1, double.PositiveInfinity), 0, 2);
        var third = new Bounds(1, 1) / new Bounds(3, 3);
        third.Low.Should().BeLessThan(1.0 / 3);
        third.High.Should().BeGreaterThan(1.0 / 3);
        unbounded.ToInterval().Should().BeNull();
    }

    private static void AssertNear(Bounds bounds, double low, double high)
    {
        bounds.Low.Should().BeLessThanOrEqualTo(low).And.BeApproximately(low, 1e-9);
        bounds.High.Should().BeGreaterThanOrEqualTo(high).And.BeApproximately(high, 1e-9);
    }

    [Fact]
    public void Statements_that_cannot_meet_an_identity_stop_propagation_at_it()
    {
        var network = new IdentityNetwork();
        int total = network.Variable(Key("total")), a = network.Variable(Key("a")), b = network.Variable(Key("b"));
        network.State(Key("total"), new Interval(100m, 101m));
        network.State(Key("a"), new Interval(40m, 41m));
        network.State(Key("b"), new Interval(70m, 71m));
        network.Add(new SumIdentity("broken", "test", "2003-Q2", "total = a + b", [total, a, b]));

        var run = Propagator.Run(network);

        run.Consistent.Should().BeFalse();
        network.Identities[run.ConflictIdentity].Id.Should().Be("broken");
        Propagator.Run(network, new HashSet<int> { 0 }).Consistent.Should().BeTrue();
    }
}
