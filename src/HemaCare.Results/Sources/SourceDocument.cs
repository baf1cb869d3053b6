using HemaCare.Results.Parsing;

namespace HemaCare.Results.Sources;

/// <summary>A call script from <c>seeds/</c>: its text, folded form and every numeric mention in it.</summary>
public sealed class SourceDocument
{
    public SourceDocument(string code, string text)
    {
        Code = code;
        Text = text;
        Folded = new FoldedText(text);
        Mentions = FigureScanner.Scan(Folded.Text);
        Title = text.Split('\n').Select(l => l.Trim())
            .FirstOrDefault(l => l.Contains("Call Script", StringComparison.OrdinalIgnoreCase)) ?? code;
    }

    public const string Extension = ".txt";

    public string Code { get; }

    public string FileName => Code + Extension;

    public string Title { get; }

    public string Text { get; }

    public FoldedText Folded { get; }

    public IReadOnlyList<WrittenFigure> Mentions { get; }

    public static SourceDocument Load(string path) =>
        new(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));

    /// <summary>1-based line of a folded-text position, for messages a person can follow.</summary>
    public int LineOf(int foldedPosition)
    {
        var (start, _) = Folded.ToOriginal(foldedPosition, 0);
        var starts = _lineStarts ??= LineStarts(Text);
        var found = Array.BinarySearch(starts, start);
        return found >= 0 ? found + 1 : ~found;
    }

    private int[]? _lineStarts;

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) starts.Add(at + 1);
        return [.. starts];
    }
}
