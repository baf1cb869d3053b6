using System.Globalization;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// Short labels for chart axes: ticks in the unit's own style ($4M, 25%, 60 days) and category names wrapped to fit.
/// </summary>
public static class AxisLabels
{
    public static string Tick(decimal value, string unit)
    {
        var sign = value < 0 ? "\u2212" : "";
        var v = Math.Abs(value);
        return sign + unit switch
        {
            Units.Usd when v >= 1_000_000 => "$" + (v / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
            Units.Usd when v >= 1_000 => "$" + (v / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "K",
            Units.Usd => "$" + v.ToString("0", CultureInfo.InvariantCulture),
            Units.Percent => v.ToString("0.#", CultureInfo.InvariantCulture) + "%",
            Units.Days => v.ToString("0.#", CultureInfo.InvariantCulture) + " days",
            _ => v.ToString("0.#", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Breaks a label at spaces into lines of at most <paramref name="width"/> characters (a longer word keeps its own
    /// line).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
