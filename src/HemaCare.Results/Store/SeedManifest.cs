using System.Security.Cryptography;
using System.Text.RegularExpressions;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Store;

/// <summary>
/// data/seeds.sha256 pins every call script by its SHA-256, in sha256sum's format ("&lt;hash&gt;  &lt;file&gt;"), so
/// <c>cd seeds &amp;&amp; sha256sum -c ../data/seeds.sha256</c> checks it too. A published script never changes; a new
/// quarter adds a script and a line.
/// </summary>
public static partial class SeedManifest
{
    public const string FileName = "seeds.sha256";

    /// <summary>
    /// Problems as "file: reason"; <paramref name="seeds"/> and <paramref name="data"/> prefix file names.
    /// </summary>
    public static IReadOnlyList<string> Check(FactSource source, string seeds, string data)
    {
        var manifest = Path.Combine(source.DataDirectory, FileName);
        if (!File.Exists(manifest))
            return [$"{data}{FileName}: missing; it pins each script's SHA-256 "
                + $"(run 'sha256sum *.txt' in {seeds} to write it)"];

        var problems = new List<string>();
        var pinned = new Dictionary<string, (string Hash, int Line)>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(manifest))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            var match = LinePattern().Match(line);
            if (!match.Success)
                problems.Add($"{data}{FileName}:{lineNumber}: expected '<64 hex digits>  <script>.txt'");
            else if (!pinned.TryAdd(match.Groups["file"].Value,
                         (match.Groups["hash"].Value.ToLowerInvariant(), lineNumber)))
                problems.Add($"{data}{FileName}:{lineNumber}: {match.Groups["file"].Value} is pinned twice");
        }

        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in source.SeedFiles)
        {
            var name = Path.GetFileName(seed);
            present.Add(name);
            var hash = HashOf(seed);
            if (!pinned.TryGetValue(name, out var pin))
                problems.Add($"{seeds}{name}: not pinned in {data}{FileName}; "
                    + $"add the line '{hash}  {name}' once the script is final");
            else if (pin.Hash != hash)
                problems.Add($"{seeds}{name}: its SHA-256 is {hash}, not {pin.Hash} "
                    + $"as pinned in {data}{FileName}:{pin.Line}; "
                    + "a published script never changes: restore it byte for byte, or add a new script");
        }
        foreach (var (name, pin) in pinned.Where(p => !present.Contains(p.Key)).OrderBy(p => p.Value.Line))
            problems.Add($"{data}{FileName}:{pin.Line}: the pinned script {seeds}{name} is missing");
        return problems;
    }

    public static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    [GeneratedRegex(@"^(?<hash>[0-9a-fA-F]{64}) [ *](?<file>[^/\\]+)$")]
    private static partial Regex LinePattern();
}
