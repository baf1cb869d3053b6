using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HemaCare.Results.Facts;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// Turns the markup of a <see cref="RadzenColumnChart"/> into one standalone SVG: a white panel with the title,
/// a legend, Radzen's drawing and a title on every bar. Radzen styles its chart with theme classes and inline
/// <c>style</c> attributes; a slide has no theme and the page's Content-Security-Policy ignores inline styles,
/// so both become presentation attributes. The page shows this same SVG inline; the download serves it as a file.
/// </summary>
public static partial class ChartSvg
{
    public const int Width = 760, DrawingHeight = 340;
    private const int Header = 44, Footer = 24, Height = Header + DrawingHeight + Footer;
    private const string Font = "Arial, Helvetica, sans-serif", Ink = "#1f2328", Muted = "#57606a", Grid = "#d0d7de";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] StyleProperties = ["fill", "stroke", "stroke-width", "clip-path", "text-anchor",
        "opacity", "fill-opacity", "stroke-opacity", "stroke-dasharray"];

    /// <summary>How many characters of a category name fit on one line under its group of columns.</summary>
    public static int CharactersPerCategory(int categories) => Math.Max(8, (Width - 100) / Math.Max(1, categories) / 7);

    public static XElement FromRadzen(string radzenHtml, ColumnChart chart)
    {
        var drawing = Drawing(radzenHtml, $"chart-{chart.Id}");
        LabelBars(drawing, chart);
        InlineStyles(drawing);
        var titleId = $"chart-{chart.Id}-title";
        return new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("width", Width),
            new XAttribute("height", Height),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", titleId),
            new XAttribute("font-family", Font),
            new XAttribute("font-size", 12),
            new XElement(Svg + "title", new XAttribute("id", titleId), chart.Title),
            new XElement(Svg + "desc", chart.Describe()),
            new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", Height),
                new XAttribute("fill", "#ffffff")),
            Text(12, 20, chart.Title, Ink, new XAttribute("font-size", 14), new XAttribute("font-weight", "bold")),
            Legend(chart),
            new XElement(Svg + "g", new XAttribute("transform", $"translate(0,{Header})"), drawing.Elements()));
    }

    /// <summary>The file a "Download SVG" link serves.</summary>
    public static string Document(string svg) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";

    /// <summary>
    /// Radzen's &lt;svg&gt;, in the SVG namespace, with its random element id replaced by a stable one.
    /// </summary>
    private static XElement Drawing(string html, string stableId)
    {
        var chartTag = html[..html.IndexOf('>', StringComparison.Ordinal)];
        var randomId = ElementId().Match(chartTag) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("Radzen's chart markup has no element id.");
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.LastIndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        var drawing = XElement.Parse(html[start..end].Replace(randomId, stableId, StringComparison.Ordinal));
        foreach (var element in drawing.DescendantsAndSelf()) element.Name = Svg + element.Name.LocalName;
        return drawing;
    }

    private static void InlineStyles(XElement drawing)
    {
        drawing.Descendants(Svg + "clipPath")
            .Where(c => c.Attribute("id")?.Value.EndsWith("-axes", StringComparison.Ordinal) == true)
            .Remove();
        foreach (var element in drawing.Descendants())
        {
            if (element.Attribute("style")?.Value is { } style)
            {
                foreach (var declaration in style.Split(';',
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var colon = declaration.IndexOf(':');
                    if (colon < 0) continue;
                    var property = declaration[..colon].Trim();
                    if (StyleProperties.Contains(property))
                        element.SetAttributeValue(property, declaration[(colon + 1)..].Trim());
                }
                element.SetAttributeValue("style", null);
            }

            var classes = element.Attribute("class")?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            // The axes are clipped to Radzen's own box, which would cut the last line of a wrapped category.
            if (classes.Contains("rz-axis")) element.SetAttributeValue("clip-path", null);
            if (classes.Contains("rz-grid-line")) element.SetAttributeValue("stroke", Grid);
            if (classes.Contains("rz-line") || classes.Contains("rz-tick-line"))
                element.SetAttributeValue("stroke", Muted);
            if (element.Name.LocalName == "text" && element.Attribute("fill") is null)
                element.SetAttributeValue("fill", classes.Contains("rz-tick-text") ? Muted : Ink);
            element.SetAttributeValue("class", null);
        }
    }

    /// <summary>
    /// Gives each bar a title naming its figure, and removes the placeholder bars of figures not stated.
    /// </summary>
    private static void LabelBars(XElement drawing, ColumnChart chart)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var group = drawing.Descendants(Svg + "g").Single(g =>
                g.Attribute("class")?.Value.Split(' ').Contains($"rz-series-{s}") == true);
            var bars = group.Elements(Svg + "path").ToList();
            if (bars.Count != chart.Categories.Count)
                throw new InvalidOperationException(
                    $"Radzen drew {bars.Count} bars for {chart.Categories.Count} categories "
                    + $"of '{series.Name}' in chart '{chart.Id}'.");
            for (var c = 0; c < bars.Count; c++)
            {
                if (series.Values[c] is { } fact)
                    bars[c].AddFirst(new XElement(Svg + "title", BarTitle(chart.Categories[c], series.Name, fact)));
                else
                    bars[c].Remove();
            }
        }
    }

    private static string BarTitle(string category, string series, Fact fact) =>
        $"{category}, {series}: {FigureFormatter.Format(fact)}{(fact.Basis == Basis.Derived ? " (derived)" : "")}";

    private static IEnumerable<XElement> Legend(ColumnChart chart)
    {
        var x = 12.0;
        foreach (var series in chart.Series)
        {
            yield return new XElement(Svg + "rect",
                new XAttribute("x", F(x)), new XAttribute("y", 32), new XAttribute("width", 12),
                new XAttribute("height", 12), new XAttribute("fill", series.Colour));
            yield return Text(x + 16, 42, series.Name, Ink);
            x += 34 + series.Name.Length * 6.6;
        }
    }

    private static XElement Text(double x, double y, string text, string fill, params XAttribute[] extra) =>
        new(Svg + "text",
            new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("fill", fill), extra, text);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex ElementId();
}
