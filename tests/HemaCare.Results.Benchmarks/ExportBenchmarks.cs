using BenchmarkDotNet.Attributes;
using HemaCare.Results.Web.Presentation;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Exports;

namespace HemaCare.Results.Benchmarks;

/// <summary>
/// What an export cache miss costs: the bytes of a CSV or Excel download, built as its endpoint builds them. The
/// store is built once from the repository's data/.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private ResultsSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = RepositoryPaths.NewSnapshot();
        if (PeriodSegmentsCsv().Length < 1000)
            throw new InvalidOperationException(
                "The 2003-Q2 segments CSV has no rows; the benchmark would measure an empty table.");
    }

    [Benchmark]
    public byte[] FactsCsv() => FactCsv.Write(_snapshot.Facts);

    /// <summary>/export/periods/2003-Q2/segments.csv, period lookup included.</summary>
    [Benchmark]
    public byte[] PeriodSegmentsCsv() =>
        _snapshot.FindPeriod("2003-Q2") is { } period ? TableCsv.Write(PeriodTables.Segments(_snapshot, period)) : [];

    /// <summary>/export/periods/2003-Q2/segments.csv?shape=wide.</summary>
    [Benchmark]
    public byte[] PeriodSegmentsWideCsv() =>
        _snapshot.FindPeriod("2003-Q2") is { } period ? WideCsv.Write(PeriodTables.Segments(_snapshot, period)) : [];

    /// <summary>/export/hemacare-results.xlsx: every table sheet, Facts with links, Checks.</summary>
    [Benchmark]
    public byte[] WholeWorkbook() => WorkbookWriter.Write(ResultsWorkbook.Whole(_snapshot, "http://localhost"));

    /// <summary>/export/periods/2003-Q2.xlsx.</summary>
    [Benchmark]
    public byte[] PeriodWorkbook() =>
        _snapshot.FindPeriod("2003-Q2") is { } period
            ? WorkbookWriter.Write(ResultsWorkbook.ForPeriod(_snapshot, period, "http://localhost"))
            : [];
}
