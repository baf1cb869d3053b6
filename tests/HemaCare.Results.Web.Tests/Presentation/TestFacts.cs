using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Tests.Presentation;

/// <summary>Facts made up for unit tests of the presentation helpers; only the fields they read matter.</summary>
internal static class TestFacts
{
    public static Fact Stated(
        string metric, decimal value, string unit, int decimals, string qualifier = "",
        string id = "f", string document = "doc", QuoteSpan? span = null) =>
        new(id, "2003-Q2", "", "", metric, value, unit, decimals, qualifier, Basis.Stated,
            document, "quote", span, null, [], value, value);

    public static Fact Derived(string id, string metric, decimal value, string unit) =>
        Derived(id, metric, unit, value, value);

    /// <summary>A derived fact with its interval; its value is the middle, as inference sets it.</summary>
    public static Fact Derived(string id, string metric, string unit, decimal low, decimal high) =>
        new(id, "2003-Q2", "", "", metric, (low + high) / 2, unit, Precision.SupportedDecimals(new(low, high)), "",
            Basis.Derived, null, null, null, "formula", [], low, high);
}
