using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// What <c>/segments</c> shows, from its query string: periods of one length (<c>length=quarter|half|year</c>)
/// and one segment with its programs (<c>segment=blood-products</c>). Unset means all. Values are a closed list,
/// so a filter is either one of them or refused; a refused value is never repeated back.
/// </summary>
public sealed record SegmentFilter(PeriodKind? Length, string? Segment)
{
    public static readonly SegmentFilter All = new(null, null);

    /// <summary>The <c>length</c> values and the period kind each keeps, in the order the page offers them.</summary>
    public static readonly IReadOnlyList<(string Code, PeriodKind Kind, string Label)> Lengths =
    [
        ("quarter", PeriodKind.Quarter, "Quarters"),
        ("half", PeriodKind.HalfYear, "Half-years"),
        ("year", PeriodKind.FullYear, "Full years"),
    ];

    public string? LengthCode => Length is null ? null : Lengths.First(l => l.Kind == Length).Code;

    public string? SegmentCode => Segment is null ? null : ScopeKey.Slugify(Segment);

    public bool IsAll => Length is null && Segment is null;

    /// <summary>Parses the query values; false when either names nothing in the lists.</summary>
    public static bool TryParse(string? length, string? segment, out SegmentFilter filter)
    {
        filter = All;
        PeriodKind? kind = null;
        if (!string.IsNullOrEmpty(length))
        {
            var found = Lengths.Where(l => l.Code == length).ToList();
            if (found.Count == 0) return false;
            kind = found[0].Kind;
        }
        string? named = null;
        if (!string.IsNullOrEmpty(segment))
        {
            named = Scope.Segments.FirstOrDefault(s => ScopeKey.Slugify(s) == segment);
            if (named is null) return false;
        }
        filter = new SegmentFilter(kind, named);
        return true;
    }

    public bool Includes(Period period) => !period.IsInstant && (Length is null || period.Kind == Length);

    public bool Includes(ScopeKey scope) => scope.Segment.Length > 0 && (Segment is null || scope.Segment == Segment);

    /// <summary>The filter in words, for captions: "quarters, Blood products and its programs".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Length is not null) parts.Add(Lengths.First(l => l.Kind == Length).Label.ToLowerInvariant());
        if (Segment is not null) parts.Add($"{Segment} and its programs");
        return parts.Count == 0 ? "every period with figures" : string.Join(", ", parts);
    }
}
