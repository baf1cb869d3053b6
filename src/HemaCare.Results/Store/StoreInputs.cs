using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Sources;

namespace HemaCare.Results.Store;

/// <summary>
/// What a build requires of data/ and seeds/ beyond rows that verify: both folders exist; every script is at
/// most 1 MB, pinned by its SHA-256 in data/seeds.sha256 and paired with a facts file (and every facts file with
/// a script); and every numeric mention of every script is cited by a fact or ignored with a reason. Without
/// these, a truncated or deleted facts file, or an edited script, would build a store that silently lost figures.
/// Problems read "file: reason", one a line, with paths relative to the two folders (never absolute).
/// </summary>
public static class StoreInputs
{
    public const string ManifestFileName = SeedManifest.FileName;

    /// <summary>A call script is about 10 KB; 1 MB is generous, and bounds a build's time and memory.</summary>
    public const long MaxSeedBytes = 1024 * 1024;

    private const int MaxListed = 25;

    /// <summary>The files besides facts files and scripts whose content decides what a build produces.</summary>
    public static IEnumerable<string> RuleFiles(FactSource source) =>
        new[] { CoverageAudit.IgnoreFileName, ManifestFileName }
            .Select(name => Path.Combine(source.DataDirectory, name)).Where(File.Exists);

    /// <summary>Both folders exist and no script is over the limit; checked before anything is read.</summary>
    public static void CheckFolders(FactSource source)
    {
        var problems = new List<string>();
        if (!Directory.Exists(source.DataDirectory)) problems.Add($"{DataFolder}: folder not found");
        if (!Directory.Exists(source.SeedsDirectory)) problems.Add($"{SeedsFolder}: folder not found");
        if (problems.Count == 0)
        {
            foreach (var seed in source.SeedFiles)
            {
                var bytes = new FileInfo(seed).Length;
                if (bytes > MaxSeedBytes)
                    problems.Add($"{SeedName(seed)}: {Count(bytes)} bytes; a call script is about 10 KB "
                        + $"and may be at most 1 MB ({Count(MaxSeedBytes)} bytes)");
            }
        }
        ThrowIfAny(problems);
    }

    /// <summary>Checks the folders and files, verifies and imports the facts, then audits their coverage.</summary>
    public static ImportResult Import(FactSource source)
    {
        CheckFolders(source);
        ThrowIfAny([.. Pairing(source), .. SeedManifest.Check(source, SeedName(""), DataName(""))]);
        var import = FactsImport.Run(source);
        ThrowIfAny([.. Coverage(source, import)]);
        return import;
    }

    private static IEnumerable<string> Pairing(FactSource source)
    {
        var facts = source.FactsFiles.Select(FactsFileReader.DocumentOf).ToHashSet(StringComparer.Ordinal);
        var seeds = source.SeedFiles.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        foreach (var code in seeds.Where(s => !facts.Contains(s!)).Order(StringComparer.Ordinal))
            yield return $"{SeedName(code + SourceDocument.Extension)}: "
                + $"no facts file {DataName(code + FactsFileReader.Suffix)}";
        foreach (var code in facts.Where(f => !seeds.Contains(f)).Order(StringComparer.Ordinal))
            yield return $"{DataName(code + FactsFileReader.Suffix)}: "
                + $"no script {SeedName(code + SourceDocument.Extension)}";
    }

    private static IEnumerable<string> Coverage(FactSource source, ImportResult import)
    {
        var ignoreFile = Path.Combine(source.DataDirectory, CoverageAudit.IgnoreFileName);
        var rules = File.Exists(ignoreFile) ? CoverageAudit.ReadIgnoreRules(ignoreFile) : [];
        var report = CoverageAudit.Audit(import.Documents, import.Citations, rules);
        foreach (var mention in report.Unaccounted)
            yield return $"{SeedName(mention.Document + SourceDocument.Extension)}:{mention.Line}: "
                + $"'{mention.Mention}' is cited by no fact and not ignored in "
                + $"{DataName(CoverageAudit.IgnoreFileName)} "
                + $"(\"…{mention.Context}…\")";
        foreach (var rule in report.UnusedRules)
            yield return $"{DataName(rule.Where)}: this rule matches no mention; remove it";
    }

    private static string Count(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture);

    private static void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count == 0) return;
        var listed = problems.Take(MaxListed).ToList();
        if (problems.Count > MaxListed) listed.Add($"… and {problems.Count - MaxListed} more");
        throw new FactsFileException(string.Join(Environment.NewLine, listed));
    }

    // Folders are named by their role, whatever Results:DataDirectory and Results:SeedsDirectory call them.
    private const string DataFolder = "data/";
    private const string SeedsFolder = "seeds/";

    private static string SeedName(string file) => SeedsFolder + Path.GetFileName(file);

    private static string DataName(string file) => DataFolder + file;
}
