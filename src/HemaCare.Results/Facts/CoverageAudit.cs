using HemaCare.Results.Parsing;
using HemaCare.Results.Sources;

namespace HemaCare.Results.Facts;

/// <summary>A rule of <c>data/coverage-ignore.csv</c>: a mention that is not a figure, and why.</summary>
public sealed record IgnoreRule(string Where, string Document, string Mention, string Context, string Reason);

/// <summary>A numeric mention no fact cites and no rule ignores.</summary>
public sealed record UnaccountedMention(string Document, int Line, string Mention, string Context)
{
    public override string ToString() => $"{Document}.txt:{Line}: '{Mention}' in \"…{Context}…\"";
}

public sealed record CoverageReport(
    IReadOnlyList<UnaccountedMention> Unaccounted, IReadOnlyList<IgnoreRule> UnusedRules);

/// <summary>
/// Proves the facts files cover every figure of the scripts: each numeric mention must be cited by a fact or
/// ignored by a rule with a reason, and every rule must still match something.
/// </summary>
public static class CoverageAudit
{
    public const string IgnoreFileName = "coverage-ignore.csv";

    public static readonly string[] IgnoreHeader = ["document", "mention", "context", "reason"];

    public static IReadOnlyList<IgnoreRule> ReadIgnoreRules(string path)
    {
        var file = Path.GetFileName(path);
        var rules = new List<IgnoreRule>();
        foreach (var (line, f) in CsvFile.Read(path, IgnoreHeader))
        {
            if (f[0].Length == 0 || f[1].Length == 0 || f[3].Length == 0)
                throw new FactsFileException($"{file}:{line}: document, mention and reason are required.");
            rules.Add(new IgnoreRule($"{file}:{line}", f[0], f[1], f[2], f[3]));
        }
        return rules;
    }

    public static CoverageReport Audit(
        IEnumerable<SourceDocument> documents, IEnumerable<Citation> citations, IReadOnlyList<IgnoreRule> rules)
    {
        var cited = citations.Select(c => (c.Document, c.MentionStart)).ToHashSet();
        var usedRules = new HashSet<IgnoreRule>();
        var unaccounted = new List<UnaccountedMention>();
        foreach (var document in documents)
        {
            // Where each rule's context occurs, found once per document rather than once per mention.
            var contexts = new Dictionary<IgnoreRule, (IReadOnlyList<int> At, int Length)>();
            bool InContext(IgnoreRule rule, WrittenFigure mention)
            {
                if (!contexts.TryGetValue(rule, out var context))
                    contexts[rule] = context =
                        (document.Folded.FindAll(rule.Context), Parsing.FoldedText.Fold(rule.Context).Length);
                return context.At.Any(at => at <= mention.Start && mention.End <= at + context.Length);
            }

            foreach (var mention in document.Mentions)
            {
                if (cited.Contains((document.Code, mention.Start))) continue;
                var rule = rules.FirstOrDefault(r => r.Document == document.Code
                    && string.Equals(r.Mention, mention.Text, StringComparison.OrdinalIgnoreCase)
                    && (r.Context.Length == 0 || InContext(r, mention)));
                if (rule is not null) { usedRules.Add(rule); continue; }
                var from = Math.Max(0, mention.Start - 30);
                var to = Math.Min(document.Folded.Text.Length, mention.End + 30);
                unaccounted.Add(new UnaccountedMention(
                    document.Code, document.LineOf(mention.Start), mention.Text, document.Folded.Text[from..to]));
            }
        }
        return new CoverageReport(unaccounted, rules.Where(r => !usedRules.Contains(r)).ToList());
    }
}
