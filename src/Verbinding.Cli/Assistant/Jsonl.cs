using System.Text.Encodings.Web;
using System.Text.Json;

namespace Verbinding.Cli.Assistant;

internal static class Jsonl
{
    // Readable Dutch in the output ("één", not "\u00E9\u00E9n").
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IEnumerable<JsonElement> Read(FileInfo file) =>
        File.ReadLines(file.FullName)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.Clone());
}
