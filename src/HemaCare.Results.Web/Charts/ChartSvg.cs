using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HemaCare.Results.Facts;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// Turns the markup of a <see cref="RadzenColumnChart"/> into one standalone SVG: a white panel with the title,
/// a legend, Radzen's drawing, a title on every bar and a source line. Radzen styles its chart with theme classes
/// and inline <c>style</c> attributes; a slide has no theme and the page's Content-Security-Policy ignores inline
/// styles, so both become presentation attributes. On top of Radzen's bars it marks what a plain bar would hide:
/// a derived bar is hatched, a bar whose interval is wide carries a range (error bar), a bar cut to keep the axis
/// readable carries a break and its value. The page shows this same SVG inline; the download serves it as a file.
/// The drawing is narrow (<see cref="Width"/>) with text of at least 12 units, so on a 390 px phone, where it
/// scales to about 356 px, no text is under 10 px and nothing needs scrolling.
/// </summary>
public static partial class ChartSvg
{
    public const int Width = 420, DrawingHeight = 300;
    private const int Pad = 12, FontSize = 12, TitleSize = 14, LineHeight = 16, CategoryLineHeight = 14,
        LabelLineHeight = 14;
    private const string Font = "Arial, Helvetica, sans-serif", Ink = "#1f2328", Muted = "#57606a", Grid = "#d0d7de";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] StyleProperties = ["fill", "stroke", "stroke-width", "clip-path", "text-anchor",
        "opacity", "fill-opacity", "stroke-opacity", "stroke-dasharray"];

    /// <summary>A range is drawn when the figure's interval covers at least this share of the axis.</summary>
    private const double WideRange = 0.02;

    /// <summary>How many characters of a category name fit on one line under its group of columns.</summary>
    public static int CharactersPerCategory(int categories) =>
        Math.Max(8, (Width - 80) / Math.Max(1, categories) / 7);

    public static XElement FromRadzen(string radzenHtml, ColumnChart chart, ChartAxis axis, string source = "")
    {
        var drawing = Drawing(radzenHtml, $"chart-{chart.Id}");
        var plot = Plot.Of(drawing, $"chart-{chart.Id}", axis);
        var bars = Bars(drawing, chart);
        InlineStyles(drawing);
        var marks = Mark(plot, chart, bars);

        var titleLines = AxisLabels.Wrap(chart.Title, (Width - 2 * Pad) * 10 / (TitleSize * 8));
        var (legend, legendBottom) = Legend(chart, marks, top: Pad + titleLines.Count * 18 + 4);
        var header = legendBottom + 6;
        var perLine = CharactersPerCategory(chart.Categories.Count);
        var categoryLines = chart.Categories.Max(c => AxisLabels.Wrap(c, perLine).Count);
        var footerTop = header + DrawingHeight + (categoryLines - 1) * CategoryLineHeight + 10;
        var footerLines = FooterLines(chart, marks, source);
        var height = footerTop + footerLines.Count * LineHeight + 4;

        var titleId = $"chart-{chart.Id}-title";
        return new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {height}"),
            new XAttribute("width", Width),
            new XAttribute("height", height),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", titleId),
            new XAttribute("font-family", Font),
            new XAttribute("font-size", FontSize),
            new XElement(Svg + "title", new XAttribute("id", titleId), chart.Title),
            new XElement(Svg + "desc", Describe(chart, marks, source)),
            new XElement(Svg + "defs", Hatches(chart)),
            new XElement(Svg + "rect", new XAttribute("width", Width), new XAttribute("height", height),
                new XAttribute("fill", "#ffffff")),
            titleLines.Select((line, i) => Text(Pad, Pad + 10 + i * 18, line, Ink,
                new XAttribute("font-size", TitleSize), new XAttribute("font-weight", "bold"))),
            legend,
            new XElement(Svg + "g", new XAttribute("transform", $"translate(0,{header})"), drawing.Elements()),
            footerLines.Select((line, i) => Text(Pad, footerTop + 12 + i * LineHeight, line, Muted)));
    }

    /// <summary>The file a "Download SVG" link serves.</summary>
    public static string Document(string svg) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";

    /// <summary>What the overlays added, for the legend, the footer and the text alternative.</summary>
    private sealed record Marks(bool Derived, bool Ranges, IReadOnlyList<string> Cut);

    /// <summary>One drawn bar: its figure, its series and where Radzen put it (plot coordinates).</summary>
    private sealed record Bar(int Series, int Category, Fact Fact, XElement Path, double Left, double Right);

    /// <summary>Radzen's plot area: the group its bars are drawn in, its size, and the fixed value axis.</summary>
    private sealed record Plot(XElement Group, double Left, double Width, double Height, ChartAxis Axis)
    {
        public double Y(decimal value) => Height * Axis.FromTop(value);

        public static Plot Of(XElement drawing, string stableId, ChartAxis axis)
        {
            var clip = drawing.Descendants(Svg + "clipPath")
                .Single(c => c.Attribute("id")?.Value == $"clipPath{stableId}");
            var points = PathPoints(clip.Element(Svg + "path")!.Attribute("d")!.Value);
            var group = clip.Ancestors(Svg + "g").First(g => g.Attribute("transform") is not null);
            var left = Translation().Match(group.Attribute("transform")!.Value) is { Success: true } match
                ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
                : 0;
            return new Plot(group, left, points.Max(p => p.X), points.Max(p => p.Y), axis);
        }
    }

    /// <summary>A value label's lines and the box they take, in plot coordinates.</summary>
    private sealed record LabelBox(Bar Bar, IReadOnlyList<string> Lines, double Middle, double Top, double Bottom,
        double HalfWidth)
    {
        public bool Overlaps(LabelBox other) =>
            Math.Abs(Middle - other.Middle) < HalfWidth + other.HalfWidth + 2
            && Top < other.Bottom + 2 && other.Top < Bottom + 2;
    }

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
    private static List<Bar> Bars(XElement drawing, ColumnChart chart)
    {
        var drawn = new List<Bar>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var group = drawing.Descendants(Svg + "g").Single(g =>
                g.Attribute("class")?.Value.Split(' ').Contains($"rz-series-{s}") == true);
            var paths = group.Elements(Svg + "path").ToList();
            if (paths.Count != chart.Categories.Count)
                throw new InvalidOperationException(
                    $"Radzen drew {paths.Count} bars for {chart.Categories.Count} categories "
                    + $"of '{series.Name}' in chart '{chart.Id}'.");
            for (var c = 0; c < paths.Count; c++)
            {
                // A plain null check: Stryker drops a whole method whose mutated `is not { } x` leaves x unassigned.
                var fact = series.Values[c];
                if (fact is null)
                {
                    paths[c].Remove();
                    continue;
                }
                paths[c].AddFirst(new XElement(Svg + "title", BarTitle(chart.Categories[c], series.Name, fact)));
                var xs = PathPoints(paths[c].Attribute("d")!.Value).Select(p => p.X).ToList();
                drawn.Add(new Bar(s, c, fact, paths[c], xs.Min(), xs.Max()));
            }
        }
        return drawn;
    }

    /// <summary>Hatches derived bars, and draws ranges, breaks and value labels over the bars.</summary>
    private static Marks Mark(Plot plot, ColumnChart chart, List<Bar> bars)
    {
        var overlay = new XElement(Svg + "g");
        var labels = bars.Where(b => !plot.Axis.Cuts(b.Fact.Value)).Select(b => Box(plot, b)).ToList();
        var labelAll = labels.All(l => l.Middle + l.HalfWidth < Width - plot.Left - 2)
            && !labels.Any(l => labels.Any(other => other != l && l.Overlaps(other)));
        var ranges = false;
        var cut = new List<string>();
        var cutLinesInCategory = new Dictionary<int, int>();
        foreach (var bar in bars)
        {
            var fact = bar.Fact;
            var colour = chart.Series[bar.Series].Colour;
            var middle = (bar.Left + bar.Right) / 2;
            if (fact.Basis == Basis.Derived)
            {
                bar.Path.SetAttributeValue("fill", $"url(#{HatchId(chart, bar.Series)})");
                bar.Path.SetAttributeValue("stroke", colour);
                bar.Path.SetAttributeValue("stroke-width", "1.5");
            }
            var below = fact.Value < 0;
            if (plot.Axis.Cuts(fact.Value))
            {
                cut.Add($"{chart.Categories[bar.Category]}, {chart.Series[bar.Series].Name}: {Label(fact)}");
                var breakAt = below ? plot.Height - 14 : 14;
                overlay.Add(Break(bar.Left - 1, bar.Right + 1, breakAt));
                var label = CutLabel(plot, bar, breakAt, cutLinesInCategory);
                // Over a hatched bar a halo is not enough: the label gets a white card of its own.
                overlay.Add(new XElement(Svg + "rect",
                    new XAttribute("x", F(label.Middle - label.HalfWidth - 3)), new XAttribute("y", F(label.Top)),
                    new XAttribute("width", F(2 * label.HalfWidth + 6)),
                    new XAttribute("height", F(label.Bottom - label.Top)),
                    new XAttribute("fill", "#ffffff"), new XAttribute("stroke", Muted),
                    new XAttribute("stroke-width", "0.5")));
                overlay.Add(LabelText(label));
                continue;
            }
            var wide = (double)((fact.High - fact.Low) / plot.Axis.Span) >= WideRange;
            if (wide)
            {
                ranges = true;
                overlay.Add(Range(middle, plot.Y(fact.High), plot.Y(fact.Low), fact));
            }
        }
        if (labelAll) overlay.Add(labels.Select(LabelText));
        plot.Group.Add(overlay);
        return new Marks(bars.Any(b => b.Fact.Basis == Basis.Derived), ranges, cut);
    }

    /// <summary>
    /// Where a bar's label goes: past the end of the bar (or of its range), one line for the figure and, where the
    /// figure shows its range, a second line for the range.
    /// </summary>
    private static LabelBox Box(Plot plot, Bar bar)
    {
        var fact = bar.Fact;
        var lines = LabelLines(Label(fact));
        var wide = (double)((fact.High - fact.Low) / plot.Axis.Span) >= WideRange;
        var below = fact.Value < 0;
        var height = lines.Count * LabelLineHeight;
        var top = below ? plot.Y(wide ? fact.Low : fact.Value) + 2 : plot.Y(wide ? fact.High : fact.Value) - 2 - height;
        var halfWidth = lines.Max(l => TextWidth(l)) / 2;
        return new LabelBox(bar, lines, Centre(plot, bar, halfWidth), top, top + height, halfWidth);
    }

    /// <summary>
    /// Where a cut bar's label goes: inside the bar past its break, the range on a second line like other labels,
    /// kept inside the panel. Cut bars side by side would print their labels over each other, so each label in a
    /// category stacks past the lines of those before it.
    /// </summary>
    private static LabelBox CutLabel(Plot plot, Bar bar, double breakAt, Dictionary<int, int> linesInCategory)
    {
        var lines = LabelLines(Label(bar.Fact));
        var before = linesInCategory.GetValueOrDefault(bar.Category);
        linesInCategory[bar.Category] = before + lines.Count;
        var height = lines.Count * LabelLineHeight;
        var top = bar.Fact.Value < 0
            ? breakAt - 4 - before * LabelLineHeight - height
            : breakAt + 6 + before * LabelLineHeight;
        var halfWidth = lines.Max(l => TextWidth(l)) / 2;
        return new LabelBox(bar, lines, Centre(plot, bar, halfWidth), top, top + height, halfWidth);
    }

    /// <summary>
    /// A label's centre: over its bar, moved only as far as it takes to keep clear of the value axis's labels on
    /// the left and inside the panel on the right.
    /// </summary>
    private static double Centre(Plot plot, Bar bar, double halfWidth) =>
        Math.Clamp((bar.Left + bar.Right) / 2, halfWidth + 2,
            Math.Max(halfWidth + 2, Width - plot.Left - 2 - halfWidth));

    /// <summary>A label's lines: the figure, and its range (where it shows one) on a line of its own.</summary>
    private static IReadOnlyList<string> LabelLines(string text)
    {
        var split = text.IndexOf(" (", StringComparison.Ordinal);
        return split < 0 ? [text] : [text[..split], text[split..]];
    }

    private static XElement LabelText(LabelBox box) =>
        Halo(new XElement(Svg + "text",
            new XAttribute("x", F(box.Middle)), new XAttribute("y", F(box.Top + LabelLineHeight - 3)),
            new XAttribute("fill", Ink), new XAttribute("text-anchor", "middle"),
            box.Lines.Select((line, i) => new XElement(Svg + "tspan",
                new XAttribute("x", F(box.Middle)), new XAttribute("dy", i == 0 ? "0" : F(LabelLineHeight)), line))));

    /// <summary>The figure as a bar's label: as the table shows it, with the derived mark.</summary>
    private static string Label(Fact fact) =>
        FigureFormatter.Format(fact) + (fact.Basis == Basis.Derived ? "ᵈ" : "");

    private static string BarTitle(string category, string series, Fact fact) =>
        $"{category}, {series}: {FigureFormatter.Format(fact)}{(fact.Basis == Basis.Derived ? " (derived)" : "")}";

    /// <summary>An error bar from the interval's high to its low, with caps, titled with the range.</summary>
    private static XElement Range(double x, double high, double low, Fact fact) =>
        new(Svg + "g",
            new XElement(Svg + "title",
                $"Range of possible values: {FigureFormatter.Format(fact.Interval, fact.Unit)}"),
            new XElement(Svg + "path",
                new XAttribute("d", $"M {F(x - 5)} {F(high)} H {F(x + 5)} M {F(x)} {F(high)} V {F(low)} "
                    + $"M {F(x - 5)} {F(low)} H {F(x + 5)}"),
                new XAttribute("stroke", Ink), new XAttribute("stroke-width", "1.5"), new XAttribute("fill", "none")));

    /// <summary>A slanted white gap across a cut bar, the usual mark of a broken axis.</summary>
    private static XElement Break(double left, double right, double y) =>
        new(Svg + "path",
            new XAttribute("d",
                $"M {F(left)} {F(y + 3)} L {F(right)} {F(y - 3)} L {F(right)} {F(y + 2)} L {F(left)} {F(y + 8)} Z"),
            new XAttribute("fill", "#ffffff"), new XAttribute("stroke", Ink), new XAttribute("stroke-width", "1"));

    /// <summary>A white outline behind a label, so it reads over bars and grid lines alike.</summary>
    private static XElement Halo(XElement text)
    {
        text.SetAttributeValue("stroke", "#ffffff");
        text.SetAttributeValue("stroke-width", "3");
        text.SetAttributeValue("paint-order", "stroke");
        return text;
    }

    private static string HatchId(ColumnChart chart, int series) => $"chart-{chart.Id}-hatch-{series}";

    /// <summary>A diagonal hatch in each series' colour, and a grey one for the legend.</summary>
    private static IEnumerable<XElement> Hatches(ColumnChart chart) =>
        chart.Series.Select((s, i) => Hatch(HatchId(chart, i), s.Colour))
            .Append(Hatch($"chart-{chart.Id}-hatch-legend", Muted));

    private static XElement Hatch(string id, string colour) =>
        new(Svg + "pattern", new XAttribute("id", id), new XAttribute("width", 6), new XAttribute("height", 6),
            new XAttribute("patternUnits", "userSpaceOnUse"), new XAttribute("patternTransform", "rotate(45)"),
            new XElement(Svg + "rect",
                new XAttribute("width", 6), new XAttribute("height", 6), new XAttribute("fill", "#ffffff")),
            new XElement(Svg + "rect",
                new XAttribute("width", 3), new XAttribute("height", 6), new XAttribute("fill", colour)));

    /// <summary>The legend: each series, then what the marks mean, flowing onto as many rows as it needs.</summary>
    private static (List<XElement> Elements, int Bottom) Legend(ColumnChart chart, Marks marks, int top)
    {
        var items = chart.Series
            .Select(s => (Swatch: (Func<double, double, XElement>)((x, y) => Swatch(x, y, s.Colour)), s.Name))
            .ToList();
        if (marks.Derived)
            items.Add(((x, y) => Swatch(x, y, $"url(#chart-{chart.Id}-hatch-legend)", Muted), "ᵈ derived (hatched)"));
        if (marks.Ranges)
            items.Add(((x, y) => new XElement(Svg + "path",
                new XAttribute("d", $"M {F(x + 2)} {F(y)} H {F(x + 10)} M {F(x + 6)} {F(y)} V {F(y + 12)} "
                    + $"M {F(x + 2)} {F(y + 12)} H {F(x + 10)}"),
                new XAttribute("stroke", Ink), new XAttribute("stroke-width", "1.5"), new XAttribute("fill", "none")),
                "range of possible values"));
        if (marks.Cut.Count > 0)
            items.Add(((x, y) => new XElement(Svg + "g", Swatch(x, y, Muted), Break(x - 1, x + 13, y + 4)),
                "cut to fit, value printed"));

        var elements = new List<XElement>();
        var (cx, row) = ((double)Pad, 0);
        foreach (var (swatch, name) in items)
        {
            var width = 18 + TextWidth(name) + 14;
            if (cx > Pad && cx + width > Width - Pad) (cx, row) = (Pad, row + 1);
            var y = top + row * 18;
            elements.Add(swatch(cx, y));
            elements.Add(Text(cx + 18, y + 10, name, Ink));
            cx += width;
        }
        return (elements, top + (row + 1) * 18);
    }

    private static XElement Swatch(double x, double y, string fill, string? stroke = null) =>
        new(Svg + "rect", new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("width", 12),
            new XAttribute("height", 12), new XAttribute("fill", fill),
            stroke is null ? null : new XAttribute("stroke", stroke));

    /// <summary>The source line, and what was cut, wrapped to the panel's width.</summary>
    private static List<string> FooterLines(ColumnChart chart, Marks marks, string source)
    {
        var chars = (int)((Width - 2 * Pad) / (FontSize * 0.52));
        var lines = new List<string>();
        if (source.Length > 0) lines.AddRange(AxisLabels.Wrap(source, chars));
        if (marks.Cut.Count > 0)
            lines.AddRange(
                AxisLabels.Wrap($"Cut to keep the other bars readable: {string.Join("; ", marks.Cut)}.", chars));
        return lines;
    }

    private static string Describe(ColumnChart chart, Marks marks, string source) =>
        chart.Describe()
        + (marks.Cut.Count > 0 ? $". Bars cut at the axis end: {string.Join("; ", marks.Cut)}" : "")
        + (source.Length > 0 ? $". {source}" : "");

    /// <summary>The points a bar's or clip path's moves and lines pass through.</summary>
    private static List<(double X, double Y)> PathPoints(string d) =>
        [.. PathPoint().Matches(d).Select(m => (
            double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];

    /// <summary>Arial's advance widths, roughly, in ems: enough to tell whether a label fits.</summary>
    private static double TextWidth(string text, double size = FontSize) =>
        size * text.Sum(c => c switch
        {
            >= '0' and <= '9' or '$' or '+' => 0.556,
            ',' or '.' or ' ' or 'ᵈ' => 0.3,
            '\u2212' or '-' => 0.584,
            '%' => 0.889,
            >= 'A' and <= 'Z' => 0.667,
            _ => 0.5,
        });

    private static XElement Text(double x, double y, string text, string fill, params XAttribute[] extra) =>
        new(Svg + "text",
            new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("fill", fill), extra, text);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex ElementId();

    [GeneratedRegex(@"translate\(\s*(-?[\d.]+)")]
    private static partial Regex Translation();

    [GeneratedRegex(@"[ML]\s*(-?[\d.]+(?:[eE]-?\d+)?)[\s,]+(-?[\d.]+(?:[eE]-?\d+)?)")]
    private static partial Regex PathPoint();
}
