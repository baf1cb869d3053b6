using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Facts;

/// <summary>A small script and a facts file written by the test, in their own data/ and seeds/ folders.</summary>
public sealed class FactsFixture : IDisposable
{
    public const string Document = "test-call-script";
    public const string FactsFile = Document + FactsFileReader.Suffix;
    public const string Header = "id,period,segment,program,metric,value,unit,qualifier,quote";

    public const string Script = """
        Test Call Script
        Revenues during the second quarter were $5.1 million, up
            from $4.8 million in the second quarter of 2002.
        Our gross profit margin for this segment was negative $130,000 or -2.6% of revenue.
        Net income was $272,000. Net income was $272,000.
        Blood services generated approximately 1700 procedures.
        Sherman Oaks revenue was $1.2 million.
        Donor retention was 70% at 70 centers.
        Approximately 85 donors returned.
        Unit costs lessened by $2.3 million.
        Expenses declined $0.4 million.
        """;

    private readonly TemporaryDirectory _folder = new();

    public FactsFixture()
    {
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Seeds);
        File.WriteAllText(Path.Combine(Seeds, Document + ".txt"), Script);
    }

    public string Data => _folder.Combine("data");

    public string Seeds => _folder.Combine("seeds");

    public FactSource Source => new(Data, Seeds);

    public void WriteFacts(params string[] rows) =>
        File.WriteAllText(Path.Combine(Data, FactsFile), string.Join("\n", [Header, .. rows]) + "\n");

    public void WriteRaw(string content) => File.WriteAllText(Path.Combine(Data, FactsFile), content);

    public void Dispose() => _folder.Dispose();
}
