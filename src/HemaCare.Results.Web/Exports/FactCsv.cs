using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Writes facts as CSV, one record per fact. The source column holds the document and verbatim quote, or the
/// formula of a derived fact; low and high the interval the figure stands for; url its own page.
/// </summary>
public static class FactCsv
{
    public static readonly string[] Header =
        [
            "id", "period", "segment", "program", "metric", "value", "unit", "decimals", "qualifier", "basis", "source",
            "low", "high", "url",
        ];

    public static byte[] Write(IEnumerable<Fact> facts) => CsvDocument.Write(Header, facts.Select(Cells));

    /// <summary>The cells of one fact, in <see cref="Header"/> order.</summary>
    public static string[] Cells(Fact f) =>
    [
        CsvCells.Text(f.Id), CsvCells.Text(f.Period), CsvCells.Text(f.Segment), CsvCells.Text(f.Program),
        CsvCells.Text(f.Metric), CsvCells.Number(f.Value), CsvCells.Text(f.Unit),
        f.Decimals.ToString(CultureInfo.InvariantCulture), CsvCells.Text(f.Qualifier),
        WireNames.Of(f.Basis), CsvCells.Text(SourceOf(f)), CsvCells.Number(f.Low), CsvCells.Number(f.High),
        CsvCells.Text(Links.Fact(f.Id)),
    ];

    public static string SourceOf(Fact f) => f.Basis == Basis.Stated
        ? $"{f.Document}: \"{f.Quote}\""
        : $"{f.Formula} [inputs: {string.Join(", ", f.Inputs)}]";
}
