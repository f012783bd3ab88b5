using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Verbinding.Web.Tests.Security.Fuzz;

/// <summary>
/// The bad inputs from <c>Security/Corpus/*.txt</c> (comments start with #; <c>\uXXXX</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>
/// are unescaped) plus generated extremes: huge strings, JSON nested 1000 deep, oversized bodies.
/// </summary>
public sealed partial class FuzzCorpus
{
    public const int DeepNesting = 1000;

    private FuzzCorpus(IReadOnlyList<string> strings, IReadOnlyList<string> bodies, IReadOnlyList<byte[]> invalidUtf8)
    {
        Strings = strings;
        Bodies = bodies;
        InvalidUtf8 = invalidUtf8;
    }

    /// <summary>Field values: injection strings, control characters, odd numbers, and a few very long strings.</summary>
    public IReadOnlyList<string> Strings { get; }

    /// <summary>Whole JSON request bodies: malformed, wrong types, nulls, 1000 levels deep, 2 MB long.</summary>
    public IReadOnlyList<string> Bodies { get; }

    /// <summary>Byte sequences that are not UTF-8.</summary>
    public IReadOnlyList<byte[]> InvalidUtf8 { get; }

    public static FuzzCorpus Load()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Security", "Corpus");
        var strings = Lines(Path.Combine(directory, "injection.txt")).Select(Unescape).ToList();
        strings.AddRange([new string('a', 10_000), new string('€', 100_001), string.Concat(Enumerable.Repeat("<b>", 5_000)), ""]);
        var bodies = Lines(Path.Combine(directory, "json-bodies.txt")).ToList();
        bodies.AddRange([
            new string('[', DeepNesting) + new string(']', DeepNesting),
            string.Concat(Enumerable.Repeat("{\"a\":", DeepNesting)) + "1" + new string('}', DeepNesting),
            "{\"description\":\"" + new string('x', 2_000_000) + "\"}",
            "[" + string.Join(',', Enumerable.Repeat("{}", 100_000)) + "]",
            "",
        ]);
        var invalid = Lines(Path.Combine(directory, "invalid-utf8.txt"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        return new FuzzCorpus(strings, bodies, invalid);
    }

    private static IEnumerable<string> Lines(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Where(l => !l.StartsWith('#'));

    private static string Unescape(string line) => Escape().Replace(line, m => m.Value[1] switch
    {
        'n' => "\n",
        'r' => "\r",
        't' => "\t",
        'v' => "\v",
        'f' => "\f",
        _ => ((char)int.Parse(m.Value[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
    });

    [GeneratedRegex(@"\\u[0-9A-Fa-f]{4}|\\[nrtvf]")]
    private static partial Regex Escape();
}
