namespace Verbinding.Web.Features.TriagePolicies;

public enum DiffKind { Same, Added, Removed }

public sealed record DiffLine(DiffKind Kind, string Text, int? OldNumber, int? NewNumber);

/// <summary>
/// A line diff by longest common subsequence: policy documents are a few hundred lines, so the quadratic table is
/// small and the result is exact (no heuristics to explain to a reviewer). Unchanged stretches are collapsed by
/// <see cref="Hunks"/> to the changes and a few lines of context.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new DiffLine(DiffKind.Same, a[x], ++x, ++y));
            }
            // On a tie the old line goes first, as in a unified diff: "- old" above "+ new".
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(new DiffLine(DiffKind.Removed, a[x], ++x, null));
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Added, b[y], null, ++y));
            }
        }
        return lines;
    }

    /// <summary>The changed lines with <paramref name="context"/> unchanged lines around each; a null entry marks a gap.</summary>
    public static IReadOnlyList<DiffLine?> Hunks(IReadOnlyList<DiffLine> lines, int context = 2)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == DiffKind.Same)
            {
                continue;
            }
            for (var k = Math.Max(0, i - context); k <= Math.Min(lines.Count - 1, i + context); k++)
            {
                keep[k] = true;
            }
        }
        var result = new List<DiffLine?>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                result.Add(lines[i]);
            }
            else if (result.Count == 0 || result[^1] is not null)
            {
                result.Add(null);
            }
        }
        return keep.Contains(true) ? result : [];
    }

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
