using System.Collections.Concurrent;
using HemaCare.Results.Checks;
using HemaCare.Results.Facts;
using HemaCare.Results.Sources;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Store;

/// <summary>
/// One immutable version of the store, read once through EF Core. Requests read a snapshot, never the file,
/// so a rebuild under load swaps whole versions: a request sees the old figures or the new, never a mix.
/// </summary>
public sealed class ResultsSnapshot
{
    public ResultsSnapshot(
        string version,
        IReadOnlyList<Fact> facts,
        IReadOnlyList<SourceDocument> documents,
        IReadOnlyList<ReconciliationCheck> checks)
    {
        Version = version;
        Facts = facts;
        Documents = documents;
        Checks = checks;
        Index = new FactIndex(facts);
        FactsById = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Periods = [.. facts.Select(f => f.Period).Distinct().Select(Period.Parse).OrderBy(p => p.SortKey)];
        var headline = facts
            .Where(f => f.IsCompany && f.Basis == Basis.Stated
                && f.Metric is Metrics.Revenue or Metrics.RevenueChangePct)
            .Select(f => Period.Parse(f.Period)).Where(p => !p.IsInstant).Distinct().ToList();
        ReportedPeriods =
            [.. headline.Where(p => !headline.Any(later => later.PriorYear == p)).OrderBy(p => p.SortKey)];
    }

    /// <summary>The content hash of data/ and seeds/ this snapshot was built from.</summary>
    public string Version { get; }

    public IReadOnlyList<Fact> Facts { get; }

    public IReadOnlyList<SourceDocument> Documents { get; }

    public IReadOnlyList<ReconciliationCheck> Checks { get; }

    public FactIndex Index { get; }

    public IReadOnlyDictionary<string, Fact> FactsById { get; }

    /// <summary>Every period the store has a figure for, oldest first.</summary>
    public IReadOnlyList<Period> Periods { get; }

    /// <summary>
    /// The periods a script reports on: a stated company revenue or revenue change, not only as a prior-year
    /// comparison.
    /// </summary>
    public IReadOnlyList<Period> ReportedPeriods { get; }

    public Period? FindPeriod(string code) => Periods.FirstOrDefault(p => p.Code == code);

    public SourceDocument? FindDocument(string code) => Documents.FirstOrDefault(d => d.Code == code);

    public bool AllChecksPass => Checks.All(c => c.Status == CheckStatus.Pass);

    private readonly ConcurrentDictionary<string, Lazy<object>> _memo = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds a value derived from this snapshot once, on first use, and returns the same instance after that.
    /// A snapshot never changes, so the value never goes stale; a rebuild brings a new snapshot with an empty memo.
    /// </summary>
    public T Memo<T>(string key, Func<T> build) where T : class =>
        (T)_memo.GetOrAdd(key, _ => new Lazy<object>(build)).Value;
}
