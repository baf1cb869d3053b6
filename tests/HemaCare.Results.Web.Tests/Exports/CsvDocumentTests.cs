using System.Text;
using HemaCare.Results.Facts;
using HemaCare.Results.Web.Exports;
using HemaCare.Results.Web.Tests.Presentation;

namespace HemaCare.Results.Web.Tests.Exports;

/// <summary>The bytes of a CSV download and the cells of one fact, pinned from hand-written records.</summary>
public sealed class CsvDocumentTests
{
    [Fact]
    public void A_document_is_a_bom_a_header_and_crlf_records_quoted_only_where_rfc_4180_needs_it()
    {
        var bytes = CsvDocument.Write(["a", "b"], [["1,5", "say \"hi\""], ["'=x", "two\nlines"], ["", "plain"]]);

        bytes.Take(3).Should().Equal(Encoding.UTF8.Preamble.ToArray());
        Encoding.UTF8.GetString(bytes[3..]).Should()
            .Be("a,b\r\n\"1,5\",\"say \"\"hi\"\"\"\r\n'=x,\"two\nlines\"\r\n,plain\r\n");
    }

    [Fact]
    public void A_stated_fact_is_one_record_quoting_its_script()
    {
        var fact = TestFacts.Stated("net_income", -272_000.000m, "usd", -3, "approximately",
            id: "q2-net-income-2003-q2", document: "hemacare-2003-q2-call-script");

        FactCsv.Cells(fact with { Low = -272_500m, High = -271_500.00m }).Should().Equal(
            "q2-net-income-2003-q2", "2003-Q2", "", "", "net_income", "-272000", "usd", "-3", "approximately",
            "stated", "hemacare-2003-q2-call-script: \"quote\"", "-272500", "-271500", "/facts/q2-net-income-2003-q2");
    }

    [Fact]
    public void A_derived_fact_is_one_record_with_its_formula_and_inputs()
    {
        var fact = TestFacts.Derived("d-x", "revenue", 19_420_000m, "usd") with { Inputs = ["a", "d-b"] };

        FactCsv.Cells(fact)[9..11].Should().Equal("derived", "formula [inputs: a, d-b]");
        FactCsv.SourceOf(fact with { Formula = "=A1", Inputs = [] }).Should().Be("=A1 [inputs: ]");
        FactCsv.Cells(fact with { Formula = "=A1" })[10].Should().Be("'=A1 [inputs: a, d-b]");
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_is_guarded_in_every_text_column()
    {
        var fact = new Fact("=id", "+p", "-s", "@p", "\tm", 1m, "=u", 0, "=q", Basis.Stated, "=doc", "q", null, null,
            [], 1m, 1m);

        FactCsv.Cells(fact)[..11].Should().Equal("'=id", "'+p", "'-s", "'@p", "'\tm", "1", "'=u", "0", "'=q", "stated",
            "'=doc: \"q\"");
    }

    [Fact]
    public void Export_file_names_say_whose_they_are() =>
        TableCsv.FileName("2003-q2-segments").Should().Be("hemacare-2003-q2-segments.csv");
}
