using System.Text;
using CsvHelper;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Writes facts as RFC 4180 CSV: header row, CRLF record ends, UTF-8 with a byte-order mark so Excel reads
/// it as UTF-8. The source column holds the document and verbatim quote, or the formula of a derived fact.
/// </summary>
public static class FactCsv
{
    public static readonly string[] Header =
        ["id", "period", "segment", "program", "metric", "value", "unit", "decimals", "qualifier", "basis", "source"];

    public static byte[] Write(IEnumerable<Fact> facts)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.Preamble);
        var options = new CsvWriterOptions { NewLine = "\r\n", Injection = CsvInjection.None };
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, options, leaveOpen: true))
        {
            csv.WriteRecord(Header);
            foreach (var f in facts)
            {
                csv.WriteRecord(Cells(f));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>The cells of one fact, in <see cref="Header"/> order.</summary>
    public static string[] Cells(Fact f) =>
    [
        CsvCells.Text(f.Id), CsvCells.Text(f.Period), CsvCells.Text(f.Segment), CsvCells.Text(f.Program),
        CsvCells.Text(f.Metric), CsvCells.Number(f.Value), CsvCells.Text(f.Unit),
        f.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), CsvCells.Text(f.Qualifier),
        f.Basis == Basis.Stated ? "stated" : "derived", CsvCells.Text(SourceOf(f)),
    ];

    public static string SourceOf(Fact f) => f.Basis == Basis.Stated
        ? $"{f.Document}: \"{f.Quote}\""
        : $"{f.Formula} [inputs: {string.Join(", ", f.Inputs)}]";
}
