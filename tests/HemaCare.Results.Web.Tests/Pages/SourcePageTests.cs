using System.Net;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Pages;

public sealed class SourcePageTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Theory]
    [InlineData("hemacare-2003-q2-call-script")]
    [InlineData("hemacare-2003-annual-call-script")]
    public async Task Source_page_anchors_every_stated_fact_on_its_own_figure_inside_its_highlighted_quote(
        string document)
    {
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var script = snapshot.FindDocument(document)!;
        var page = await Html.GetAsync(factory.CreateClient(), Links.Source(document));

        var stated = snapshot.Facts.Where(f => f.Basis == Basis.Stated && f.Document == document).ToList();
        stated.Should().NotBeEmpty();
        foreach (var fact in stated)
        {
            var anchor = page.GetElementById($"fact-{fact.Id}");
            anchor.Should().NotBeNull(fact.Id);
            anchor!.LocalName.Should().Be("mark");
            anchor.ClassList.Should().Contain("figure-mark", fact.Id);
            var figure = WrittenFigureSpan.Of(fact, script)!;
            Normalise(anchor.TextContent).Should().Be(Normalise(script.Text.Substring(figure.Start, figure.Length)),
                fact.Id);
            // A quote that crosses another is split into pieces, all carrying q-{id}; the figure sits inside one.
            var pieces = page.QuerySelectorAll($"mark.q-{fact.Id}");
            anchor.Closest($"mark.q-{fact.Id}").Should().NotBeNull(fact.Id);
            Normalise(string.Concat(pieces.Select(p => p.TextContent))).Should().Be(Normalise(fact.Quote!), fact.Id);
        }
    }

    [Theory]
    [InlineData("hemacare-2003-annual-call-script", "fy-dso-2002-12-31", "62")]
    [InlineData("hemacare-2003-annual-call-script", "fy-cash-2002-12-31", "$1,048,000")]
    [InlineData("hemacare-2003-annual-call-script", "fy-eps-basic-2003-q4", "$.04")]
    [InlineData("hemacare-2003-q2-call-script", "q2-g-and-a-pct-of-revenue-2002-q2", "15%")]
    public async Task Where_quotes_overlap_the_anchor_holds_the_figures_own_number(
        string document, string factId, string written)
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Source(document));

        page.GetElementById($"fact-{factId}")!.TextContent.Should().Be(written);
    }

    [Fact]
    public async Task Source_page_highlights_every_piece_of_a_quote_when_its_figure_is_targeted()
    {
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var page = await Html.GetAsync(client, Links.Source("hemacare-2003-q2-call-script"));

        page.QuerySelectorAll("mark.quote:not([id])").Should().NotBeEmpty("the Q2 script has quotes that cross");
        var stylesheet = page.QuerySelector("head link[href$='/highlights.css']")?.GetAttribute("href");
        stylesheet.Should().Be("/sources/hemacare-2003-q2-call-script/highlights.css",
            "the rules live in a same-origin stylesheet, not inline");
        var style = await client.GetStringAsync(stylesheet);
        foreach (var fact in snapshot.Facts.Where(f => f.Document == "hemacare-2003-q2-call-script"))
            style.Should().Contain($":has(#fact-{fact.Id}:target) .q-{fact.Id}");
    }

    [Fact]
    public async Task Source_page_keeps_the_script_text_intact_and_reflows_only_wrapped_prose()
    {
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var document = snapshot.Documents.Single(d => d.Code == "hemacare-2003-q2-call-script");
        var page = await Html.GetAsync(factory.CreateClient(), Links.Source(document.Code));

        var shown = page.QuerySelector(".source-text")!.TextContent;
        shown.Length.Should().Be(document.Text.Length);
        Enumerable.Range(0, shown.Length).Where(i => shown[i] != document.Text[i])
            .Should().OnlyContain(i => document.Text[i] == '\n' && shown[i] == ' ',
                "only line breaks may become spaces");
        shown.Split("\n\n").Length.Should().Be(document.Text.Split("\n\n").Length, "paragraph breaks are kept");
        shown.Should()
            .Contain("I would like to welcome everyone here today to our 2003 Second Quarter "
                + "Financial Results Conference Call.");
    }

    [Theory]
    [InlineData("/sources/no-such-script")]
    [InlineData("/sources/..%2F..%2Fdata%2Fhemacare-2003-q2-call-script.facts")]
    public async Task Unknown_source_returns_404(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\r', '\n', '\t'],
        StringSplitOptions.RemoveEmptyEntries));
}
