using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// The ?shape= of a table CSV: <c>long</c> (the default, one record per figure with its provenance) or
/// <c>wide</c> (one record per table row, as the page lays it out).
/// </summary>
public enum TableShape { Long, Wide }

public static class TableShapes
{
    public const string Long = "long";
    public const string Wide = "wide";

    public static TableShape? Parse(string? shape) => shape switch
    {
        null or Long => TableShape.Long,
        Wide => TableShape.Wide,
        _ => null,
    };

    /// <summary>The value is not echoed back: the problem names the valid values instead.</summary>
    public static ProblemHttpResult Unknown() => TypedResults.Problem(
        $"A table CSV comes in two shapes: ?shape={Long} (the default, one record per figure) or ?shape={Wide} "
            + "(one record per table row).",
        statusCode: StatusCodes.Status400BadRequest, title: "Unknown shape");
}
