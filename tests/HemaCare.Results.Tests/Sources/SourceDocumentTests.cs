using HemaCare.Results.Sources;

namespace HemaCare.Results.Tests.Sources;

public sealed class SourceDocumentTests
{
    [Fact]
    public void A_script_is_titled_by_its_call_script_line_or_else_by_its_code()
    {
        new SourceDocument("q2", "HEMACARE CORPORATION\n  2nd Quarter Investor Conference Call Script  \nBody")
            .Title.Should().Be("2nd Quarter Investor Conference Call Script");
        new SourceDocument("notes", "No title line here.\nBody").Title.Should().Be("notes");
    }

    [Fact]
    public void Line_numbers_count_from_one_and_a_line_starts_after_its_break()
    {
        var document = new SourceDocument("d", "first\nsecond\n\nfourth");

        document.LineOf(0).Should().Be(1);
        document.LineOf(4).Should().Be(1);
        document.LineOf(5).Should().Be(1, "the break ends line 1");
        document.LineOf(6).Should().Be(2);
        document.LineOf(document.Folded.Text.IndexOf("fourth", StringComparison.Ordinal)).Should().Be(4);
    }

    [Fact]
    public void The_shipped_scripts_are_titled_and_their_first_figure_is_on_the_line_it_is_written()
    {
        foreach (var file in RepositoryPaths.Source.SeedFiles)
        {
            var document = SourceDocument.Load(file);
            document.Code.Should().Be(Path.GetFileNameWithoutExtension(file));
            document.Title.Should().Contain("Call Script");
            var first = document.Mentions[0];
            var (start, _) = document.Folded.ToOriginal(first.Start, first.Text.Length);
            var line = document.Text[..start].Count(c => c == '\n') + 1;
            document.LineOf(first.Start).Should().Be(line);
        }
    }
}
