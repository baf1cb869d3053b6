using System.Globalization;
using System.Text.RegularExpressions;

namespace HemaCare.Results.BrowserTests;

[Collection(AppServerCollection.Name)]
public partial class ThemeTests(AppServer server)
{
    [Theory]
    [InlineData("dark", true)]
    [InlineData("light", false)]
    public async Task The_chosen_theme_sets_the_page_background(string theme, bool dark)
    {
        await using var context = await server.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/theme/{theme}?returnUrl=/");

        new Uri(page.Url).AbsolutePath.Should().Be("/");
        (await page.GetAttributeAsync("html", "data-theme")).Should().Be(theme);
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var luminance = Luminance(background);
        if (dark) luminance.Should().BeLessThan(0.3, $"the dark body background is {background}");
        else luminance.Should().BeGreaterThan(0.7, $"the light body background is {background}");
    }

    [Fact]
    public async Task The_theme_sticks_across_pages()
    {
        await using var context = await server.NewContextAsync("dark");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/not-found");

        (await page.GetAttributeAsync("html", "data-theme")).Should().Be("dark");
    }

    /// <summary>WCAG relative luminance of a CSS rgb()/rgba() colour.</summary>
    private static double Luminance(string cssColor)
    {
        var match = RgbPattern().Match(cssColor);
        match.Success.Should().BeTrue($"'{cssColor}' should be an rgb() colour");
        var channels = Enumerable.Range(1, 3)
            .Select(i => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture) / 255.0)
            .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)")]
    private static partial Regex RgbPattern();
}
