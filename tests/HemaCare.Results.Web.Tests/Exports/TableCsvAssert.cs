using System.Text;
using AngleSharp.Dom;
using CsvHelper;

namespace HemaCare.Results.Web.Tests.Exports;

/// <summary>Compares a table on a page with its CSV: one record per cell, in reading order, saying the same.</summary>
internal static class TableCsvAssert
{
    /// <summary>
    /// The table's cells as (row, column, fact id or "", basis, reason) in reading order; cells with no figure and
    /// no reason are skipped.
    /// </summary>
    public static List<(string Row, string Column, string Id, string Basis, string Reason)> CellsOf(IElement table)
    {
        var columns = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        var hasMetric = columns.Count > 1 && columns[1] == "Metric";
        var cells = new List<(string, string, string, string, string)>();
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            var label = row.QuerySelector("th")!.TextContent.Trim();
            var tds = row.QuerySelectorAll("td").ToList();
            if (hasMetric)
            {
                label = $"{label}: {tds[0].TextContent.Trim()}";
                tds.RemoveAt(0);
            }
            for (var i = 0; i < tds.Count; i++)
            {
                var column = columns[columns.Count - tds.Count + i];
                var td = tds[i];
                if (td.GetAttribute("data-fact") is { Length: > 0 } id)
                    cells.Add((label, column, id, "", ""));
                else if (td.QuerySelector("a.gap") is { } gap)
                    cells.Add((label, column, "", "missing", gap.GetAttribute("title")!));
                else if (td.QuerySelector(".not-applicable") is { } na)
                    cells.Add((label, column, "", "not_applicable", na.GetAttribute("title")!));
            }
        }
        return cells;
    }

    public static void CsvEqualsTable(byte[] csv, IElement table)
    {
        var records = Read(csv);
        var cells = CellsOf(table);
        records.Should().HaveCount(cells.Count, "the CSV has one record per cell the table shows");
        for (var i = 0; i < cells.Count; i++)
        {
            var (row, column, id, basis, reason) = cells[i];
            var record = records[i];
            record["row"].Should().Be(row);
            record["column"].Should().Be(column);
            record["id"].Should().Be(id);
            if (id.Length > 0) continue;
            record["basis"].Should().Be(basis);
            record["value"].Should().BeEmpty();
            record["source"].Should().Be(reason, "the CSV gives the reason the cell's hover gives");
        }
    }

    public static List<Dictionary<string, string>> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = true }, leaveOpen: false);
        var records = new List<Dictionary<string, string>>();
        string[]? headers = null;
        while (csv.Read())
        {
            headers ??= [.. csv.Headers];
            records.Add(headers.Select((h, i) => (h, csv.GetString(i))).ToDictionary(x => x.h, x => x.Item2!));
        }
        return records;
    }
}
