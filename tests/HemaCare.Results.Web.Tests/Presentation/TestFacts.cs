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
        new(id, "2003-Q2", "", "", metric, value, unit, 0, "", Basis.Derived,
            null, null, null, "formula", [], value, value);
}
