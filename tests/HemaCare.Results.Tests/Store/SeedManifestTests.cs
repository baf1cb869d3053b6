using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Tests.Store;

/// <summary>The seed manifest's reasons, exactly as an operator reads them on /healthz and in the log.</summary>
public sealed class SeedManifestTests : IDisposable
{
    private const string Text = "A script.\n";
    private readonly TemporaryDirectory _folder = new();
    private readonly FactSource _source;
    private readonly string _hash;

    public SeedManifestTests()
    {
        _source = new FactSource(_folder.Combine("data"), _folder.Combine("seeds"));
        Directory.CreateDirectory(_source.DataDirectory);
        Directory.CreateDirectory(_source.SeedsDirectory);
        File.WriteAllText(Path.Combine(_source.SeedsDirectory, "a.txt"), Text);
        _hash = SeedManifest.HashOf(Path.Combine(_source.SeedsDirectory, "a.txt"));
    }

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<string> Check(params string[] lines)
    {
        File.WriteAllText(Path.Combine(_source.DataDirectory, SeedManifest.FileName), string.Join("\n", lines) + "\n");
        return SeedManifest.Check(_source, "seeds/", "data/");
    }

    [Fact]
    public void The_hash_is_what_sha256sum_prints() =>
        _hash.Should().Be("24cd4a79f09615f423f7cc568b902cc0c9bbaecd572bd7cf4c7269b946ce8bfb");

    [Fact]
    public void Sha256sum_lines_in_text_or_binary_mode_and_either_case_pin_a_script()
    {
        Check($"{_hash}  a.txt").Should().BeEmpty();
        Check("", $"{_hash} *a.txt", "  ").Should().BeEmpty();
        Check($"{_hash.ToUpperInvariant()}  a.txt").Should().BeEmpty();
    }

    [Fact]
    public void A_malformed_line_is_named_by_its_line_number()
    {
        Check($"{_hash}  a.txt", $"{_hash[1..]}  b.txt", $"{_hash}  sub/a.txt").Should().Equal(
            "data/seeds.sha256:2: expected '<64 hex digits>  <script>.txt'",
            "data/seeds.sha256:3: expected '<64 hex digits>  <script>.txt'");
    }

    [Fact]
    public void A_script_pinned_twice_is_named_at_its_second_line() =>
        Check($"{_hash}  a.txt", $"{_hash}  a.txt").Should().Equal("data/seeds.sha256:2: a.txt is pinned twice");

    [Fact]
    public void A_changed_script_names_both_hashes_and_the_pinning_line()
    {
        var pinned = new string('0', 64);

        Check("", $"{pinned}  a.txt").Should().Equal(
            $"seeds/a.txt: its SHA-256 is {_hash}, not {pinned} as pinned in data/seeds.sha256:2; "
            + "a published script never changes: restore it byte for byte, or add a new script");
    }

    [Fact]
    public void An_unpinned_script_and_a_missing_pinned_one_are_both_named()
    {
        var other = new string('f', 64);

        Check($"{other}  gone.txt", $"{other}  also-gone.txt").Should().Equal(
            $"seeds/a.txt: not pinned in data/seeds.sha256; add the line '{_hash}  a.txt' once the script is final",
            "data/seeds.sha256:1: the pinned script seeds/gone.txt is missing",
            "data/seeds.sha256:2: the pinned script seeds/also-gone.txt is missing");
    }

    [Fact]
    public void A_missing_manifest_says_how_to_write_it() =>
        SeedManifest.Check(_source, "seeds/", "data/").Should().Equal(
            "data/seeds.sha256: missing; it pins each script's SHA-256 (run 'sha256sum *.txt' in seeds/ to write it)");
}
