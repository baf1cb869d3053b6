using System.Globalization;
using System.Text.RegularExpressions;

namespace HemaCare.Results.Parsing;

/// <summary>
/// Finds every numeric mention in a text: dollar amounts, percentages, plain numbers, times of day and the
/// number words (nil, zero, one … ten). Verification and the coverage audit share this one scanner, so a
/// figure a fact cites is exactly a mention the audit sees.
/// </summary>
public static partial class FigureScanner
{
    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static IReadOnlyList<WrittenFigure> Scan(string text)
    {
        var figures = new List<WrittenFigure>();
        foreach (Match match in MentionPattern().Matches(text))
            figures.Add(ToFigure(text, match));
        return figures;
    }

    private static WrittenFigure ToFigure(string text, Match match)
    {
        if (match.Groups["money"].Success)
        {
            var number = match.Groups["moneynum"].Value;
            var millions = match.Groups["million"].Success;
            var value = ParseNumber(number) * (millions ? 1_000_000m : 1m);
            var decimals = FractionDigits(number) - (millions ? 6 : 0)
                - (number.EndsWith(",000", StringComparison.Ordinal) ? 3 : 0);
            var negative = PrecededByNegativeMarker(text, match.Index);
            return new WrittenFigure(
                FigureKind.Money, match.Value, match.Index, negative ? -value : value, decimals, negative);
        }
        if (match.Groups["time"].Success)
            return new WrittenFigure(FigureKind.Time, match.Value, match.Index, 0m, 0, false);
        if (match.Groups["pct"].Success)
        {
            var number = match.Groups["pctnum"].Value;
            var negative = match.Groups["minus"].Success || PrecededByNegativeMarker(text, match.Index);
            var value = ParseNumber(number);
            return new WrittenFigure(
                FigureKind.Percent, match.Value, match.Index, negative ? -value : value, FractionDigits(number),
                negative);
        }
        if (match.Groups["num"].Success)
        {
            var number = match.Value;
            var decimals = FractionDigits(number) - (number.EndsWith(",000", StringComparison.Ordinal) ? 3 : 0);
            return new WrittenFigure(FigureKind.Number, number, match.Index, ParseNumber(number), decimals, false);
        }
        var word = match.Value.ToLowerInvariant();
        // "nil per share" means the per-share result rounds to zero cents.
        return word == "nil"
            ? new WrittenFigure(FigureKind.Word, match.Value, match.Index, 0m, 2, false)
            : new WrittenFigure(FigureKind.Word, match.Value, match.Index, Array.IndexOf(NumberWords, word), 0, false);
    }

    /// <summary>Looks back from the mention only, without copying the text before it, so a scan stays linear.</summary>
    private static bool PrecededByNegativeMarker(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.EndsWith("negative", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("a loss of", StringComparison.OrdinalIgnoreCase);
    }

    private static decimal ParseNumber(string number) =>
        decimal.Parse(
            number.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture);

    private static int FractionDigits(string number)
    {
        var point = number.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : number.Length - point - 1;
    }

    [GeneratedRegex("""
        (?<money>\$\s?(?<moneynum>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)(?<million>\s+million)?)
        |(?<time>\b\d{1,2}:\d\d\b)
        |(?<pct>(?:(?<=^|\s|\()(?<minus>-))?(?<pctnum>\d+(?:\.\d+)?)\s?%)
        |(?<num>(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?)
        |(?<word>\b(?:nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!-))
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
