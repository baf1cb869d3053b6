using HemaCare.Results.Facts;
using HemaCare.Results.Web.Exports;

namespace HemaCare.Results.Web.Tests.Exports;

public sealed class ExcelNumberFormatsTests
{
    private static Fact Stated(string metric, decimal value, string unit, int decimals, string qualifier = "") =>
        new("f", "2003-Q2", "", "", metric, value, unit, decimals, qualifier, Basis.Stated, "doc", "quote", null,
            null, [],
            value - 0.5m * Interval.Pow10(-decimals), value + 0.5m * Interval.Pow10(-decimals));

    private static Fact Derived(string metric, decimal value, string unit, int decimals, decimal low, decimal high) =>
        new("d", "2003-Q2", "", "", metric, value, unit, decimals, "", Basis.Derived, null, null, null, "a - b",
            ["a", "b"], low, high);

    [Theory]
    [InlineData("revenue", 5_100_000, "usd", -5, "$#,##0.0,,\"M\";-$#,##0.0,,\"M\";$0")]
    [InlineData("net_income", -272_000, "usd", -3, "$#,##0,\",000\";-$#,##0,\",000\";$0")]
    [InlineData("eps_basic", -0.04, "usd_per_share", 2, "$#,##0.00;-$#,##0.00;$#,##0.00")]
    [InlineData("gross_margin_pct", 5.4, "pct", 1, "0.0\"%\";-0.0\"%\";0.0\"%\"")]
    [InlineData("g_and_a_pct_of_revenue", 12, "pct", 0, "0\"%\";-0\"%\";0\"%\"")]
    [InlineData("revenue_change_pct", 45, "pct", 0, "+0\"%\";-0\"%\";0\"%\"")]
    [InlineData("days_sales_outstanding", 62, "days", 0, "#,##0\" days\";-#,##0\" days\";#,##0\" days\"")]
    public void Stated_figure_shows_the_script_precision_and_no_more(
        string metric, decimal value, string unit, int decimals, string format)
    {
        ExcelNumberFormats.Value(Stated(metric, value, unit, decimals)).Should().Be(format);
    }

    [Fact]
    public void Hedge_word_is_part_of_the_format_so_the_cell_stays_a_number()
    {
        ExcelNumberFormats.Value(Stated("non_recurring_items", 85_000, "usd", -3, "approximately"))
            .Should().Be("\"approx. \"$#,##0,\",000\";\"approx. \"-$#,##0,\",000\";\"approx. \"$0");
    }

    [Fact]
    public void Derived_figure_is_rounded_until_its_interval_spans_at_most_two_units_of_the_last_digit()
    {
        // $6,950,704 within $6,922,807 to $6,978,799: ±$28,000 is too wide for $10,000 steps, fine for $100,000.
        var revenue = Derived("revenue", 6_950_704.225352m, "usd", -4, 6_922_807.017544m, 6_978_798.586572m);

        ExcelNumberFormats.SupportedDecimals(revenue).Should().Be(-5);
        // $7.0M lies outside the interval, so the range stands beside it, as on the page.
        ExcelNumberFormats.Value(revenue).Should().Be("$#,##0.0,,\"M\"\" ($6.92M to $6.98M)\";"
            + "-$#,##0.0,,\"M\"\" ($6.92M to $6.98M)\";$0\" ($6.92M to $6.98M)\"");
    }

    [Fact]
    public void Derived_figure_whose_rounding_its_interval_reaches_stands_alone()
    {
        // FY 2002 blood products revenue, $19.34M to $19.50M: $19.4M.
        var revenue = Derived("revenue", 19_419_807m, "usd", 0, 19_341_212m, 19_498_402m);

        ExcelNumberFormats.Value(revenue).Should().Be("$#,##0.0,,\"M\";-$#,##0.0,,\"M\";$0");
    }

    [Fact]
    public void Derived_dollars_known_to_the_thousand_are_shown_rounded_to_the_thousand()
    {
        // Mature programs' Q2 gross profit change: −$425,846 within −$426,692 to −$425,000.
        var change = Derived("gross_profit_change", -425_846.1961m, "usd", -3, -426_692.392202m, -424_999.999999m);

        ExcelNumberFormats.Value(change).Should().Be("+$#,##0,\",000\";-$#,##0,\",000\";$0");
    }

    [Fact]
    public void Derived_figure_of_unknown_sign_shows_its_range_instead_of_a_value()
    {
        // Q2 2003 revenue change: "virtually unchanged", within −0.67% to +0.39%, so even its sign is unknown.
        var change = Derived("revenue_change_pct", -0.14m, "pct", 0, -0.670807m, 0.392803m);

        ExcelNumberFormats.Value(change).Should().Be("\"-0.7% to +0.4%\";\"-0.7% to +0.4%\";\"-0.7% to +0.4%\"");
    }

    [Fact]
    public void Derived_percentage_too_wide_for_a_whole_unit_shows_its_range()
    {
        var change = Derived("revenue_change_pct", -18.75m, "pct", 1, -21.538462m, -15.873016m);

        ExcelNumberFormats.Value(change).Should().Be("\"-22% to -15%\";\"-22% to -15%\";\"-22% to -15%\"");
    }

    [Fact]
    public void Derived_margin_change_keeps_the_digits_its_interval_supports_in_points()
    {
        var change = Derived("gross_margin_change_pp", -5.0m, "pp", 1, -6.0m, -4.0m);

        // One significant digit: the range stands beside it, as on the page ("−5 pp (−6.0 pp to −4.0 pp)").
        ExcelNumberFormats.Value(change).Should().Be("+0\" pp\"\" (-6.0 pp to -4.0 pp)\";"
            + "-0\" pp\"\" (-6.0 pp to -4.0 pp)\";0\" pp\"\" (-6.0 pp to -4.0 pp)\"");
    }
}
