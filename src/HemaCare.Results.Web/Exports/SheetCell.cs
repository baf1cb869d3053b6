namespace HemaCare.Results.Web.Exports;

/// <summary>
/// One cell of a workbook sheet: text, a number with its Excel number format, or a hyperlink. A derived
/// figure's cell is italic; a row label may be indented to show nesting, as the page indents programs.
/// </summary>
public sealed record SheetCell(
    string? Text, decimal? Number, string? NumberFormat, bool Italic, int Indent, string? Link)
{
    public static readonly SheetCell Empty = new(null, null, null, false, 0, null);

    public static SheetCell Of(string? text, int indent = 0) =>
        string.IsNullOrEmpty(text) ? Empty : new(text, null, null, false, indent, null);

    public static SheetCell Of(decimal number, string format, bool italic = false) =>
        new(null, number, format, italic, 0, null);

    public static SheetCell Hyperlink(string url) => new(url, null, null, false, 0, url);

    public bool IsEmpty => Text is null && Number is null;
}
