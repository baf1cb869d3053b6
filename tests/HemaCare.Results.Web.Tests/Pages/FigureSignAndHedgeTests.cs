using AngleSharp.Dom;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Pages;

/// <summary>
/// What a reader must never lose, whatever the display rules: a negative figure (a net loss, a decline) reads
/// as negative, and a hedged figure ("approximately $272,000") keeps its hedge. Checked on every figure of the
/// main views against the fact it shows.
/// </summary>
public sealed class FigureSignAndHedgeTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static readonly string[] Views =
        ["/", "/periods/2003-Q2", "/periods/2003-Q4", "/periods/2003-FY", "/segments", "/liquidity"];

    [Fact]
    public async Task Every_negative_figure_reads_as_negative()
    {
        var shown = await ShownFigures();
        var negatives = shown.Where(s => FigureFormatter.SignOf(s.Fact) < 0).ToList();

        negatives.Should().Contain(s => s.Fact.Metric == "net_income", "the net losses are shown");
        negatives.Where(s => !ReadsAsNegative(s.Text))
            .Select(s => $"{s.Url} {s.Fact.Id} = {s.Fact.Value}: \"{s.Text}\"").Should().BeEmpty();
        shown.Where(s => FigureFormatter.SignOf(s.Fact) > 0 && ReadsAsNegative(s.Text))
            .Select(s => $"{s.Url} {s.Fact.Id}: \"{s.Text}\"")
            .Should().BeEmpty("a positive figure must not read as negative");
    }

    [Fact]
    public async Task A_figure_whose_sign_is_unknown_shows_its_range_and_no_colour()
    {
        var shown = await ShownFigures();
        var unknown = shown.Where(s => s.Fact.Basis == Basis.Derived && FigureFormatter.SignOf(s.Fact) == 0).ToList();

        unknown.Should().Contain(s => s.Fact.Id == "d-revenue-change-pct-company-2003-q2");
        unknown.Where(s => !s.Text.Contains(" to ", StringComparison.Ordinal) || s.Negative)
            .Select(s => $"{s.Url} {s.Fact.Id}: \"{s.Text}\"").Should().BeEmpty();
    }

    [Fact]
    public async Task Every_hedged_figure_keeps_its_hedge()
    {
        var shown = await ShownFigures();
        var hedged = shown.Where(s => s.Fact.Qualifier.Length > 0).ToList();

        hedged.Should()
            .Contain(s => s.Fact.Id == "q2-debt-reduction-2003-h1", "H1 2003's debt reduction is approximate");
        hedged.Where(s => !ShowsHedge(s.Text, s.Fact.Qualifier))
            .Select(s => $"{s.Url} {s.Fact.Id} ({s.Fact.Qualifier}): \"{s.Text}\"").Should().BeEmpty();
    }

    /// <summary>The figure itself (before any range beside it) carries a minus sign.</summary>
    private static bool ReadsAsNegative(string text)
    {
        var figure = text.Split(" (")[0];
        return figure.Contains('\u2212') || figure.Contains('-');
    }

    private static bool ShowsHedge(string text, string qualifier) =>
        text.Contains(qualifier, StringComparison.OrdinalIgnoreCase)
        || text.Contains("approx", StringComparison.OrdinalIgnoreCase)
        || text.Contains('≈') || text.Contains('~');

    private async Task<List<(string Url, Fact Fact, string Text, bool Negative)>> ShownFigures()
    {
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var client = factory.CreateClient();
        var shown = new List<(string, Fact, string, bool)>();
        foreach (var url in Views)
        {
            var page = await Html.GetAsync(client, url);
            foreach (var figure in page.QuerySelectorAll(".figure:not(.missing)"))
                if (FactIdOf(figure) is { } id && snapshot.FactsById.TryGetValue(id, out var fact))
                    shown.Add((url, fact, ShownText(figure), figure.ClassList.Contains("negative")));
        }
        shown.Should().HaveCountGreaterThan(50);
        return shown;
    }

    /// <summary>Every figure links to /facts/{id}.</summary>
    private static string? FactIdOf(IElement figure) =>
        figure.GetAttribute("href") is { } href && href.StartsWith("/facts/", StringComparison.Ordinal)
            ? href["/facts/".Length..]
            : null;

    /// <summary>What a sighted reader sees: the text without the mark and the screen reader's "(derived)".</summary>
    private static string ShownText(IElement figure) =>
        string.Concat(figure.ChildNodes.Where(n => n is not IElement e
            || !e.ClassList.Contains("visually-hidden") && !e.ClassList.Contains("derived-mark"))
            .Select(n => n.TextContent)).Trim();
}
