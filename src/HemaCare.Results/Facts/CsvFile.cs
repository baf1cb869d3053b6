using CsvHelper;

namespace HemaCare.Results.Facts;

/// <summary>Reads a curated CSV file with a fixed header, yielding each record's trimmed fields and its line.</summary>
public static class CsvFile
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, IReadOnlyList<string> header)
    {
        var file = Path.GetFileName(path);
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var csv = CsvReader.Create(File.OpenText(path), options, leaveOpen: false);
        var records = new List<(int, string[])>();
        try
        {
            if (!csv.Headers.SequenceEqual(header))
                throw new FactsFileException($"{file}:1: the header must be {string.Join(',', header)}.");
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                records.Add((line, Enumerable.Range(0, header.Count).Select(i => csv.GetString(i).Trim()).ToArray()));
            }
        }
        catch (FormatException e) when (e is CsvFormatException or CsvValidationException)
        {
            throw new FactsFileException($"{file}:{csv.LineNumber}: not a well-formed CSV record ({e.Message}).");
        }
        return records;
    }
}
