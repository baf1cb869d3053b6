using System.Text;

namespace HemaCare.Results.Parsing;

/// <summary>
/// A text with every run of white space folded to one space, remembering where each folded character came
/// from. Quotes are matched in folded form (the scripts wrap lines mid-phrase) and highlighted in the original.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _originalIndex;

    public FoldedText(string original)
    {
        Original = original;
        var folded = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        var inSpace = false;
        for (var i = 0; i < original.Length; i++)
        {
            if (char.IsWhiteSpace(original[i]))
            {
                if (!inSpace) { folded.Append(' '); map.Add(i); }
                inSpace = true;
                continue;
            }
            inSpace = false;
            folded.Append(original[i]);
            map.Add(i);
        }
        map.Add(original.Length);
        Text = folded.ToString();
        _originalIndex = [.. map];
    }

    public string Original { get; }

    public string Text { get; }

    public static string Fold(string text) => new FoldedText(text.Trim()).Text;

    /// <summary>The span in the original text that the folded span [start, start + length) came from.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        var originalStart = _originalIndex[start];
        var originalEnd = length == 0 ? originalStart : _originalIndex[start + length - 1] + 1;
        return (originalStart, originalEnd - originalStart);
    }

    /// <summary>Every folded-text position at which <paramref name="phrase"/> (folded) occurs.</summary>
    public IReadOnlyList<int> FindAll(string phrase)
    {
        var needle = Fold(phrase);
        var found = new List<int>();
        if (needle.Length == 0) return found;
        for (var at = Text.IndexOf(needle, StringComparison.Ordinal);
             at >= 0;
             at = Text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            found.Add(at);
        return found;
    }
}
