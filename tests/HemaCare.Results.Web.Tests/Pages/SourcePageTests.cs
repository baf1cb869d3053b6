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
    public async Task Source_page_has_a_highlighted_anchor_for_every_stated_fact(string document)
    {
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var page = await Html.GetAsync(factory.CreateClient(), Links.Source(document));

        var stated = snapshot.Facts.Where(f => f.Basis == Basis.Stated && f.Document == document).ToList();
        stated.Should().NotBeEmpty();
        foreach (var fact in stated)
        {
            var anchor = page.GetElementById($"fact-{fact.Id}");
            anchor.Should().NotBeNull(fact.Id);
            anchor!.LocalName.Should().Be("mark");
            // A quote that crosses another is split into pieces; the anchor is the first, all carry q-{id}.
            var pieces = page.QuerySelectorAll($"mark.q-{fact.Id}");
            pieces.Should().Contain(anchor);
            Normalise(string.Concat(pieces.Select(p => p.TextContent))).Should().Be(Normalise(fact.Quote!), fact.Id);
        }
    }

    [Fact]
    public async Task Source_page_highlights_every_piece_of_a_split_quote_when_its_anchor_is_targeted()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, Links.Source("hemacare-2003-q2-call-script"));

        var split = page.QuerySelectorAll("mark.quote:not([id])").SelectMany(m => m.ClassList).Where(c =>
            c.StartsWith("q-")).Distinct().ToList();
        split.Should().NotBeEmpty("the Q2 script has quotes that cross");
        var stylesheet = page.QuerySelector("head link[href$='/highlights.css']")?.GetAttribute("href");
        stylesheet.Should().Be("/sources/hemacare-2003-q2-call-script/highlights.css",
            "the rules live in a same-origin stylesheet, not inline");
        var style = await client.GetStringAsync(stylesheet);
        foreach (var cls in split)
            style.Should().Contain($":has(#fact-{cls[2..]}:target) .{cls}");
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
