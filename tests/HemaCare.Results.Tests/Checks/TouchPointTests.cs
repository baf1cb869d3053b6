using HemaCare.Results.Checks;
using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Checks;

/// <summary>
/// A check passes when the stated interval and the computed one share a point, touching ends included, and fails
/// as soon as they are apart: the segments' revenue $60 and $50 (each ±$0.5) sums to $109–111.
/// </summary>
public class TouchPointTests
{
    private static Fact Revenue(string id, string segment, decimal value)
    {
        var interval = Interval.FromRounded(value, 0);
        return new Fact(id, "2003-Q2", segment, "", "revenue", value, "usd", 0, "", Basis.Stated, "doc", "q", null,
            null, [], interval.Low, interval.High);
    }

    private static ReconciliationCheck SegmentsSum(decimal company)
    {
        var index = new FactIndex([
            Revenue("rev", "", company), Revenue("bp", "Blood products", 60m), Revenue("bs", "Blood services", 50m),
        ]);
        return CheckRules.Run(index, JointInference.Run(index)).Should().ContainSingle().Subject;
    }

    [Theory]
    [InlineData(110, CheckStatus.Pass)]
    [InlineData(111.5, CheckStatus.Pass)]
    [InlineData(108.5, CheckStatus.Pass)]
    [InlineData(112, CheckStatus.Fail)]
    [InlineData(108, CheckStatus.Fail)]
    public void A_total_passes_while_its_interval_meets_the_sum_of_its_parts(double company, CheckStatus status)
    {
        var check = SegmentsSum((decimal)company);

        check.Status.Should().Be(status);
        check.Id.Should().Be("segments-sum-revenue-2003-q2");
        check.Rule.Should().Be("segments_sum");
        check.Period.Should().Be("2003-Q2");
        check.Description.Should().Be("Segments' revenue sums to the company's, Q2 2003");
        check.FactIds.Should().Equal("rev", "bp", "bs");
    }

    [Fact]
    public void A_failed_check_shows_the_stated_total_against_the_sum_of_its_parts()
    {
        var check = SegmentsSum(112m);

        check.Expected.Should().Be(new Interval(111.5m, 112.5m));
        check.Computed.Should().Be(new Interval(108.999999m, 111.000001m));
    }

    [Fact]
    public void A_passing_check_shows_the_stated_total_against_the_sum_of_its_parts()
    {
        var check = SegmentsSum(110m);

        check.Expected.Should().Be(new Interval(109.5m, 110.5m));
        check.Computed.Should().Be(new Interval(108.999999m, 111.000001m));
    }
}
