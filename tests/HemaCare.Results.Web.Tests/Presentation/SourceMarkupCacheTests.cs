using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Tests.Presentation;

public sealed class SourceMarkupCacheTests
{
    [Fact]
    public void Source_markup_is_built_once_per_document_per_snapshot()
    {
        var snapshot = RepositoryPaths.NewSnapshot();
        var document = snapshot.Documents[0];

        var first = SourceMarkupCache.For(snapshot, document);

        SourceMarkupCache.For(snapshot, document).Should().BeSameAs(first);
        first.Html.Should().Be(SourceMarkup.Build(document, snapshot.Facts).Html);
    }

    [Fact]
    public void Source_markup_of_each_document_is_its_own()
    {
        var snapshot = RepositoryPaths.NewSnapshot();
        snapshot.Documents.Should().HaveCountGreaterThan(1);

        var markups = snapshot.Documents.Select(d => SourceMarkupCache.For(snapshot, d).Html).ToList();

        markups.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_new_snapshot_gets_newly_built_source_markup()
    {
        var old = RepositoryPaths.NewSnapshot();
        var rebuilt = RepositoryPaths.NewSnapshot();

        SourceMarkupCache.For(rebuilt, rebuilt.Documents[0]).Should().NotBeSameAs(SourceMarkupCache.For(old,
            old.Documents[0]));
    }
}
