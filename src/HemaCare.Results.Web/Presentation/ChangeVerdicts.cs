using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Whether a change is good or bad news for the company. A change whose sign is unknown is unclear; a change of a
/// measure with no better direction (receivables) is neutral; a figure that is not a change has no verdict.
/// </summary>
public enum Verdict { None, Favourable, Unfavourable, Unclear, Neutral }

/// <summary>
/// Judges a change by its measure: a fall in G&amp;A or days sales outstanding is favourable, a fall in revenue
/// is not. The sign is taken from the whole interval, so a change that may be either way is unclear.
/// </summary>
public static class ChangeVerdicts
{
    public static Verdict Of(Fact? fact)
    {
        if (fact is null || Metrics.FamilyOf(fact.Metric) is not { } family || family.Level == fact.Metric)
            return Verdict.None;
        if (Metrics.IsRiseFavourable(fact.Metric) is not { } riseIsGood) return Verdict.Neutral;
        if (fact.Low <= 0 && fact.High >= 0) return Verdict.Unclear;
        return fact.Low > 0 == riseIsGood ? Verdict.Favourable : Verdict.Unfavourable;
    }

    /// <summary>The class a table cell carries, so colour follows the verdict and never the sign alone.</summary>
    public static string CssClass(Verdict verdict) => verdict switch
    {
        Verdict.Favourable => "change favourable",
        Verdict.Unfavourable => "change unfavourable",
        Verdict.Unclear => "change unclear",
        Verdict.Neutral => "change neutral",
        _ => "",
    };

    /// <summary>The word beside a coloured change, so the verdict never rests on colour.</summary>
    public static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Favourable => "better",
        Verdict.Unfavourable => "worse",
        _ => "",
    };
}
