using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using HemaCare.Results.TestSupport;

namespace HemaCare.Results.Web.Tests.Pages;

/// <summary>
/// What a reader of each page reads, as approved: the main content's text one piece per line, every tooltip
/// (a gap's reason, a range) and where every link goes. Figures, their precision and hedges, captions, gap
/// reasons and the words around them are pinned here; layout and styling are not. See <see cref="ApprovedFile"/>
/// for what to do when one changes.
/// </summary>
public sealed partial class ApprovedPageTextTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static string ApprovedFolder =>
        Path.Combine(RepositoryPaths.Root, "tests", "HemaCare.Results.Web.Tests", "Pages", "Approved");

    public static TheoryData<string, HttpStatusCode> Pages => new()
    {
        { "/", HttpStatusCode.OK },
        { "/periods", HttpStatusCode.OK },
        { "/periods/2003-Q2", HttpStatusCode.OK },
        { "/periods/2003-Q2?vs=2003-Q1", HttpStatusCode.OK },
        { "/periods/2003-Q4", HttpStatusCode.OK },
        { "/periods/2003-FY", HttpStatusCode.OK },
        { "/periods/2003-12-31", HttpStatusCode.OK },
        { "/periods/2099-Q1", HttpStatusCode.NotFound },
        { "/periods/2003-Q2?vs=2003-FY", HttpStatusCode.BadRequest },
        { "/quarters", HttpStatusCode.OK },
        { "/quarters/2003", HttpStatusCode.OK },
        { "/segments", HttpStatusCode.OK },
        { "/segments?length=year&segment=blood-products", HttpStatusCode.OK },
        { "/liquidity", HttpStatusCode.OK },
        { "/checks", HttpStatusCode.OK },
        { "/sources", HttpStatusCode.OK },
        { "/sources/hemacare-2003-q2-call-script", HttpStatusCode.OK },
        { "/facts/q2-net-income-2003-q2", HttpStatusCode.OK },
        { "/facts/d-revenue-company-2002-q2", HttpStatusCode.OK },
        { "/facts/d-revenue-change-pct-company-2003-q2", HttpStatusCode.OK },
        { "/api", HttpStatusCode.OK },
        { "/no-such-page", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_reads_as_approved(string url, HttpStatusCode status)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(status, url);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        var main = page.QuerySelector("main");
        main.Should().NotBeNull(url);

        var text = new StringBuilder();
        text.Append("# ").Append(page.Title).Append('\n');
        Read(main!, text);

        ApprovedFile.ShouldMatch(Path.Combine(ApprovedFolder, FileName(url)), text.ToString(), url);
    }

    private static void Read(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText piece && Collapse(piece.Data) is { Length: > 0 } words)
                text.Append(words).Append('\n');
            if (child is not IElement element || element.LocalName is "script" or "style") continue;
            if (element.GetAttribute("title") is { } title && Collapse(title) is { Length: > 0 } tooltip)
                text.Append("[title: ").Append(tooltip).Append("]\n");
            if (element.GetAttribute("aria-label") is { } label && Collapse(label) is { Length: > 0 } name)
                text.Append("[label: ").Append(name).Append("]\n");
            Read(element, text);
            if (element.LocalName == "a" && element.GetAttribute("href") is { } href)
                text.Append("[link: ").Append(href).Append("]\n");
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static string FileName(string url) =>
        (url == "/" ? "overview" : new string([.. url.TrimStart('/').Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]))
        + ".txt";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
