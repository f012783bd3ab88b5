namespace Verbinding.Assistant.Entities;

/// <summary>Puts the dashes back into a compact plate: between letter and digit groups, and 2-2-2 for sidecodes 1-6.</summary>
internal static class Sidecode
{
    public static string Dash(ReadOnlySpan<char> compact)
    {
        Span<char> result = stackalloc char[8];
        var length = 0;
        var runs = 1;
        for (var i = 1; i < compact.Length; i++)
        {
            runs += char.IsAsciiDigit(compact[i]) != char.IsAsciiDigit(compact[i - 1]) ? 1 : 0;
        }

        for (var i = 0; i < compact.Length; i++)
        {
            var typeChanges = i > 0 && char.IsAsciiDigit(compact[i]) != char.IsAsciiDigit(compact[i - 1]);
            // Sidecodes 1, 2, 5, 6 have only two runs ("AB1234"): their four-character run splits in the middle.
            var splitsRun = runs == 2 && i is 2 or 4 && !typeChanges && SameTypeRun(compact, i);
            if (typeChanges || splitsRun)
            {
                result[length++] = '-';
            }

            result[length++] = char.ToUpperInvariant(compact[i]);
        }

        return new string(result[..length]);
    }

    private static bool SameTypeRun(ReadOnlySpan<char> compact, int i)
    {
        var digit = char.IsAsciiDigit(compact[i]);
        var runStart = i;
        while (runStart > 0 && char.IsAsciiDigit(compact[runStart - 1]) == digit)
        {
            runStart--;
        }

        return i - runStart == 2;
    }
}
