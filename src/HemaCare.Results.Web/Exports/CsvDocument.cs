using System.Text;
using CsvHelper;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Every CSV download's bytes: RFC 4180, header row, CRLF record ends, UTF-8 with a byte-order mark so Excel
/// reads it as UTF-8. Cells arrive already made safe by <see cref="CsvCells"/>, so CsvHelper's own injection
/// guard is off (it would also guard numbers such as −272000).
/// </summary>
public static class CsvDocument
{
    // Arrays, not lists: CsvHelper writes a string[] record as its cells, but has no writer for IReadOnlyList.
    public static byte[] Write(string[] header, IEnumerable<string[]> records)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.Preamble);
        var options = new CsvWriterOptions { NewLine = "\r\n", Injection = CsvInjection.None };
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, options, leaveOpen: true))
        {
            csv.WriteRecord(header);
            foreach (var record in records) csv.WriteRecord(record);
        }
        return buffer.ToArray();
    }
}
