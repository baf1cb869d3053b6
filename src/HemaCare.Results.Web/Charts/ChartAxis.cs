using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// The value axis of a chart, fixed before Radzen draws so the overlays (ranges, labels, breaks) know where every
/// value sits. It spans every bar and every drawn range, from zero. On a chart that clips outliers, a category
/// whose bars are more than <see cref="OutlierRatio"/> times the size of the next largest category's does not
/// stretch the axis: its bars are cut at the axis end, marked with a break and labelled with their value (a small
/// program's −67% margin would otherwise flatten the segments' 5.7% → −2.6% into a line).
/// </summary>
public sealed record ChartAxis
{
    public const decimal OutlierRatio = 2.5m;

    /// <summary>
    /// Radzen draws a gridline per step; far more than <see cref="For"/> ever makes means a wrong step, which would
    /// otherwise draw for as long as it takes.
    /// </summary>
    public const int MaxSteps = 12;

    /// <summary>How far past the largest kept value the axis reaches on a side where bars are cut.</summary>
    private const decimal BreakRoom = 0.3m;

    /// <summary>Room past the bars on each side that has any, for the value labels at their ends.</summary>
    private const decimal LabelRoom = 0.12m;

    public ChartAxis(decimal min, decimal max, decimal step)
    {
        if (step <= 0 || max <= min || (max - min) / step > MaxSteps)
            throw new ArgumentOutOfRangeException(nameof(step), $"No drawable axis runs from {min} to {max} by {step}.");
        (Min, Max, Step) = (min, max, step);
    }

    public decimal Min { get; }

    public decimal Max { get; }

    public decimal Step { get; }

    public decimal Span => Max - Min;

    public bool Cuts(decimal value) => value < Min || value > Max;

    /// <summary>Where a value sits, as a fraction of the axis from its top (0) to its bottom (1).</summary>
    public double FromTop(decimal value) => (double)((Max - Math.Clamp(value, Min, Max)) / Span);

    public static ChartAxis For(ColumnChart chart)
    {
        var outliers = chart.ClipOutliers ? Outliers(chart) : [];
        var kept = new List<decimal> { 0m };
        var cut = new List<decimal>();
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            foreach (var fact in chart.Series.Select(s => s.Values[c]).OfType<Fact>())
            {
                if (outliers.Contains(c)) cut.Add(fact.Value);
                else kept.AddRange([fact.Value, fact.Low, fact.High]);
            }
        }
        var low = kept.Min();
        var high = kept.Max();
        var span = high - low;
        if (low < 0) low -= span * LabelRoom;
        if (high > 0) high += span * LabelRoom;
        if (span == 0) high = 1m;
        if (cut.Any(v => v < low)) low -= span * BreakRoom;
        if (cut.Any(v => v > high)) high += span * BreakRoom;
        var step = NiceStep((high - low) / 5m);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        if (max == min) max = min + step;
        return new ChartAxis(min, max, step);
    }

    /// <summary>
    /// The category whose size is out of all proportion to the rest, if any: only the largest, and only when at
    /// least two others stay drawn whole.
    /// </summary>
    private static HashSet<int> Outliers(ColumnChart chart)
    {
        var sizes = Enumerable.Range(0, chart.Categories.Count)
            .Select(c => (Category: c, Size: chart.Series.Select(s => s.Values[c]).OfType<Fact>()
                .Select(f => Math.Abs(f.Value)).DefaultIfEmpty(0m).Max()))
            .OrderByDescending(x => x.Size)
            .ToList();
        return sizes.Count >= 3 && sizes[1].Size > 0 && sizes[0].Size > OutlierRatio * sizes[1].Size
            ? [sizes[0].Category]
            : [];
    }

    /// <summary>1, 2, 2.5 or 5 times a power of ten, at least <paramref name="rough"/>.</summary>
    private static decimal NiceStep(decimal rough)
    {
        if (rough <= 0) return 1m;
        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
        foreach (var factor in new[] { 1m, 2m, 2.5m, 5m, 10m })
            if (factor * power >= rough) return factor * power;
        return 10m * power;
    }
}
