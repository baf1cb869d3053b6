namespace HemaCare.Results.Facts;

/// <summary>Reads a curated facts file (<c>data/{document}.facts.csv</c>) into rows that remember their line.</summary>
public static class FactsFileReader
{
    public const string Suffix = ".facts.csv";

    public static readonly string[] Header =
        ["id", "period", "segment", "program", "metric", "value", "unit", "qualifier", "quote"];

    public static string DocumentOf(string path) => Path.GetFileName(path)[..^Suffix.Length];

    public static IReadOnlyList<FactRow> Read(string path)
    {
        var file = Path.GetFileName(path);
        var rows = new List<FactRow>();
        foreach (var (line, fields) in CsvFile.Read(path, Header))
            rows.Add(new FactRow(
                file, line, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7],
                fields[8]));
        return rows;
    }
}

/// <summary>A facts file that cannot be imported. The message starts with file:line.</summary>
public sealed class FactsFileException(string message) : Exception(message);
