using System.Net;

namespace HemaCare.Results.Web.Tests.Pages;

/// <summary>Adding a call script and its facts file makes its period appear, with no code change.</summary>
public sealed class NewScriptTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"hemacare-fixture-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_new_script_and_facts_file_make_a_new_period_appear()
    {
        var repository = RepositoryPaths.Root;
        var fixture = Path.Combine(repository, "tests", "fixtures", "fictitious-quarter");
        foreach (var folder in new[] { "seeds", "data" })
        {
            var target = Directory.CreateDirectory(Path.Combine(_root, folder)).FullName;
            foreach (var origin in new[] { Path.Combine(repository, folder), Path.Combine(fixture, folder) })
                foreach (var file in Directory.GetFiles(origin)
                             .Where(f => f.EndsWith(".txt") || f.EndsWith(".csv") || f.EndsWith(".sha256")))
                {
                    var copy = Path.Combine(target, Path.GetFileName(file));
                    // The fixture's ignore rules and seed pins join the real ones, as a new quarter's would.
                    if (File.Exists(copy))
                        File.AppendAllLines(copy, File.ReadLines(file).Skip(file.EndsWith(".csv") ? 1 : 0));
                    else
                        File.Copy(file, copy);
                }
        }

        using var factory = new ResultsAppFactory { DataDirectory = Path.Combine(_root, "data"),
            SeedsDirectory = Path.Combine(_root, "seeds") };
        var client = factory.CreateClient();

        var index = await client.GetStringAsync("/periods");
        index.Should().Contain("href=\"/periods/2004-Q1\"");

        var page = await Html.GetAsync(client, "/periods/2004-Q1");
        page.Title.Should().Contain("Q1 2004");
        page.QuerySelectorAll("td[data-fact='fx-revenue-2004-q1']").Should().ContainSingle();
        page.QuerySelectorAll("td[data-fact='fx-revenue-blood-products-2004-q1']").Should().ContainSingle();

        var source = await client.GetAsync("/sources/fictitious-corp-2004-q1-call-script");
        source.StatusCode.Should().Be(HttpStatusCode.OK);
        (await source.Content.ReadAsStringAsync()).Should().Contain("id=\"fact-fx-revenue-2004-q1\"");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
