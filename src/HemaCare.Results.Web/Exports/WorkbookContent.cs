namespace HemaCare.Results.Web.Exports;

/// <summary>
/// What a workbook holds: its sheets and the document properties Excel shows under File › Info (title,
/// subject, description naming the source scripts, keywords).
/// </summary>
public sealed record WorkbookContent(
    string Title, string Subject, string Description, string Keywords, IReadOnlyList<WorkbookSheet> Sheets);
