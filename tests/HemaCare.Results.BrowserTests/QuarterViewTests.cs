using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HemaCare.Results.BrowserTests;

/// <summary>
/// The views of issue 9 in a real browser: quarters side by side, a sequential comparison, the segments and a
/// balance sheet, in light, dark and at 390 px. Screenshots are saved under names a reviewer can find.
/// </summary>
[Collection(AppServerCollection.Name)]
public class QuarterViewTests(AppServer server)
{
    public static TheoryData<string, string> Views => new()
    {
        { "/quarters/2003", "quarters-2003" },
        { "/periods/2003-Q2", "periods-2003-Q2-charts" },
        { "/periods/2003-Q2?vs=2003-Q1", "q2-vs-q1" },
        { "/segments", "segments" },
        { "/periods/2003-12-31", "bs-2003-12-31" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task View_has_no_serious_axe_violations_in_light_or_dark(string path, string name)
    {
        var violations = new List<string>();
        foreach (var theme in new[] { "light", "dark" })
        {
            await using var context = await server.NewContextAsync(theme);
            var page = await context.NewPageAsync();
            (await page.GotoAsync(path))!.Status.Should().Be(200, path);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot(name, theme), FullPage = true });
            var result = await page.RunAxe();
            violations.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path} [{theme}] {v.Id}: {v.Help} at "
                    + string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))));
        }

        violations.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task At_390_pixels_the_page_does_not_scroll_sideways_and_no_chart_text_is_under_10_pixels(
        string path, string name)
    {
        await using var context = await server.NewContextAsync(width: 390);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot(name, "390px"), FullPage = true });

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        widths[0].Should().BeLessThanOrEqualTo(widths[1], $"{path} must not scroll sideways as a whole");
        var problems = await page.EvaluateAsync<string[]>(ChartLegibility);
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task A_wide_table_keeps_its_row_headers_in_view_while_it_scrolls_sideways()
    {
        await using var context = await server.NewContextAsync(width: 390);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/quarters/2003");

        var result = await page.EvaluateAsync<double[]>(@"() => {
            const box = document.querySelector('.table-scroll');
            const header = box.querySelector('tbody th');
            const before = header.getBoundingClientRect().left;
            box.scrollLeft = 300;
            const after = header.getBoundingClientRect().left;
            return [box.scrollWidth - box.clientWidth, before, after, box.scrollLeft];
        }");

        result[0].Should().BePositive("the quarter table is wider than a phone");
        result[3].Should().BePositive();
        result[2].Should().BeApproximately(result[1], 1, "the row header sticks to the left edge");
    }

    [Fact]
    public async Task The_comparison_is_chosen_with_plain_links_and_works_without_javascript()
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/periods/2003-Q2");

        ILocator Compare(string text) => page.Locator("nav[aria-label='Compare with'] a", new() { HasText = text });
        // Wait for the address the link names: with scripts off, a click is a plain navigation.
        async Task FollowAsync(string text, string path) => await Task.WhenAll(
            page.WaitForURLAsync(new Uri(server.BaseAddress, path).ToString()), Compare(text).ClickAsync());

        await FollowAsync("previous quarter", "/periods/2003-Q2?vs=2003-Q1");

        new Uri(page.Url).PathAndQuery.Should().Be("/periods/2003-Q2?vs=2003-Q1");
        (await page.TextContentAsync("h1")).Should().Be("Q2 2003 against Q1 2003");
        await FollowAsync("a year earlier", "/periods/2003-Q2");
        new Uri(page.Url).PathAndQuery.Should().Be("/periods/2003-Q2");
    }

    /// <summary>
    /// For every chart: each text's rendered size (its font size times the drawing's scale) is at least 10 px, its
    /// box lies inside the drawing, so nothing is cut off, and no two texts overlap (cut bars' labels among them).
    /// </summary>
    private const string ChartLegibility = @"() => {
        const problems = [];
        for (const svg of document.querySelectorAll('svg.chart')) {
            const box = svg.viewBox.baseVal;
            const frame = svg.getBoundingClientRect();
            const scale = frame.width / box.width;
            const name = svg.querySelector('title').textContent;
            for (const text of svg.querySelectorAll('text')) {
                const size = parseFloat(getComputedStyle(text).fontSize) * scale;
                if (size < 10) problems.push(`${name}: '${text.textContent}' is ${size.toFixed(1)} px`);
                const b = text.getBBox();
                const m = text.getScreenCTM();
                const left = b.x * m.a + m.e, right = (b.x + b.width) * m.a + m.e;
                if (left < frame.left - 0.5 || right > frame.right + 0.5)
                    problems.push(`${name}: '${text.textContent}' is cut off`);
            }
            const boxes = [...svg.querySelectorAll('text')].map(t => [t, t.getBoundingClientRect()]);
            for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                    const [a, ra] = boxes[i], [b, rb] = boxes[j];
                    const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
                    const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
                    if (x > 1 && y > 3)
                        problems.push(`${name}: '${a.textContent}' overlaps '${b.textContent}'`);
                }
        }
        return problems;
    }";

    private static string Shot(string name, string variant) =>
        Path.Combine(AppServer.ScreenshotDirectory, $"{name}-{variant}.png");
}
