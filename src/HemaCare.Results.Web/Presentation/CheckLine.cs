using HemaCare.Results.Checks;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Presentation;

/// <summary>A reconciliation check with the facts it joins and the unit its intervals are in.</summary>
public sealed record CheckLine(ReconciliationCheck Check, IReadOnlyList<Fact> Facts, string Unit);
