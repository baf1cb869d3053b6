namespace HemaCare.Results.Web.Tests.Faults;

/// <summary>Edits to a copied data/ folder that keep every row verifying against its script.</summary>
internal static class FactsRewrites
{
    public const string Q2File = "hemacare-2003-q2-call-script.facts.csv";

    private const string Current = "q2-revenue-california-mobile-2003-q2,2003-Q2,";
    private const string Prior = "q2-revenue-california-mobile-2002-q2,2002-Q2,";

    /// <summary>
    /// California mobile's Q2 revenue, $1.9M in 2003 and $1.3M in 2002, with the two rows' periods swapped: every
    /// quote stays verbatim and every mention cited, but Blood products' Q2 2003 programs no longer add up.
    /// </summary>
    public static void SwapCaliforniaMobileQ2Periods(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, Q2File);
        var text = File.ReadAllText(path);
        text.Should().Contain(Current).And.Contain(Prior);
        File.WriteAllText(path, text
            .Replace(Current, "q2-revenue-california-mobile-2003-q2,2002-Q2,", StringComparison.Ordinal)
            .Replace(Prior, "q2-revenue-california-mobile-2002-q2,2003-Q2,", StringComparison.Ordinal));
    }
}
