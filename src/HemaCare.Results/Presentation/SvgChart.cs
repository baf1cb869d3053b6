using System.Globalization;
using System.Net;
using System.Text;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Presentation;

/// <summary>
/// Draws a <see cref="ColumnChart"/> as SVG with every colour and font as a presentation attribute, so the
/// same markup works inline on a page (either theme: the chart keeps its own white panel) and as a
/// standalone file pasted into a slide. Radzen's chart takes its colours from theme CSS variables and puts
/// its legend outside the SVG, so a download of it would lose both.
/// </summary>
public static class SvgChart
{
    private const int Width = 760, Height = 380, Left = 78, Right = 16, Top = 48, Bottom = 78;
    private const string Font = "Arial, Helvetica, sans-serif";
    private const string Ink = "#1f2328", Muted = "#57606a", Grid = "#d0d7de";

    public static string Render(ColumnChart chart)
    {
        var values = chart.Series.SelectMany(s => s.Values).OfType<Facts.Fact>().Select(f => f.Value).ToList();
        var (min, max, step) = Scale(values.DefaultIfEmpty(0).Min(), values.DefaultIfEmpty(1).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(decimal v) => Top + (double)((max - v) / (max - min)) * plotHeight;

        var svg = new StringBuilder();
        var titleId = $"{chart.Id}-title";
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"{titleId}\" font-family=\"{Font}\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{E(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc>{E(Describe(chart))}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"20\" fill=\"{Ink}\" font-size=\"14\" font-weight=\"bold\">{E(chart.Title)}</text>");

        // Legend
        var x = (double)Left;
        foreach (var series in chart.Series)
        {
            svg.Append(F($"<rect x=\"{x}\" y=\"30\" width=\"12\" height=\"12\" fill=\"{series.Colour}\"/>"));
            svg.Append(F($"<text x=\"{x + 16}\" y=\"40\" fill=\"{Ink}\">{E(series.Name)}</text>"));
            x += 30 + series.Name.Length * 6.5;
        }

        // Grid and axis labels
        for (var tick = min; tick <= max; tick += step)
        {
            var y = Y(tick);
            svg.Append(F($"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke=\"{(tick == 0 ? Muted : Grid)}\" stroke-width=\"1\"/>"));
            svg.Append(F($"<text x=\"{Left - 6}\" y=\"{y + 4}\" fill=\"{Muted}\" text-anchor=\"end\">{E(Tick(tick, chart.Unit))}</text>"));
        }

        var groups = Math.Max(1, chart.Categories.Count);
        var groupWidth = (double)plotWidth / groups;
        var barWidth = groupWidth * 0.8 / Math.Max(1, chart.Series.Count);
        var zero = Y(0);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var groupLeft = Left + c * groupWidth + groupWidth * 0.1;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = chart.Series[s];
                var fact = series.Values[c];
                var barX = groupLeft + s * barWidth;
                if (fact is null)
                {
                    svg.Append(F($"<text x=\"{barX + barWidth / 2}\" y=\"{zero - 4}\" fill=\"{Muted}\" font-size=\"10\" text-anchor=\"middle\">n/a</text>"));
                    continue;
                }
                var y = Y(fact.Value);
                var top = Math.Min(y, zero);
                var height = Math.Max(1, Math.Abs(zero - y));
                svg.Append(F($"<rect x=\"{barX}\" y=\"{top}\" width=\"{barWidth - 2}\" height=\"{height}\" fill=\"{series.Colour}\">"));
                svg.Append(CultureInfo.InvariantCulture, $"<title>{E($"{chart.Categories[c]}, {series.Name}: {FigureFormatter.Format(fact)}{(fact.Basis == Facts.Basis.Derived ? " (derived)" : "")}")}</title></rect>");
            }
            var lines = Wrap(chart.Categories[c], (int)(groupWidth / 6.2));
            for (var l = 0; l < lines.Count && l < 3; l++)
                svg.Append(F($"<text x=\"{Left + c * groupWidth + groupWidth / 2}\" y=\"{Height - Bottom + 18 + l * 14}\" fill=\"{Ink}\" text-anchor=\"middle\">{E(lines[l])}</text>"));
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The chart as a standalone SVG file.</summary>
    public static string Document(ColumnChart chart) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Render(chart) + "\n";

    private static string Describe(ColumnChart chart) =>
        string.Join("; ", chart.Categories.Select((category, c) =>
            category + ": " + string.Join(", ", chart.Series.Select(s => $"{s.Name} {(s.Values[c] is { } f ? FigureFormatter.Format(f) : "not stated")}"))));

    private static (decimal Min, decimal Max, decimal Step) Scale(decimal low, decimal high)
    {
        low = Math.Min(0, low);
        high = Math.Max(0, high);
        if (high == low) high = low + 1;
        var raw = (double)(high - low) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (decimal)(new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(m => m >= raw));
        return (Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    private static string Tick(decimal value, string unit)
    {
        var sign = value < 0 ? "\u2212" : "";
        var v = Math.Abs(value);
        return sign + unit switch
        {
            Units.Usd when v >= 1_000_000 => "$" + (v / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
            Units.Usd when v >= 1_000 => "$" + (v / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "K",
            Units.Usd => "$" + v.ToString("0", CultureInfo.InvariantCulture),
            Units.Percent => v.ToString("0.#", CultureInfo.InvariantCulture) + "%",
            _ => v.ToString("0.#", CultureInfo.InvariantCulture),
        };
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
