using System.IO.Compression;
using System.Text;

namespace Verbinding.Web.Features.Attachments;

public enum PdfVerdict { Clean, NotPdf, ActiveContent }

/// <summary>
/// Refuses PDFs that can run code or carry other files: the names /JS, /JavaScript, /Launch, /EmbeddedFile(s) and
/// /RichMedia, also when written with #xx escapes or hidden in Flate-compressed (object) streams. We do not render
/// or rewrite the PDF; intake opens it as a download in their own viewer.
/// </summary>
public static class PdfInspector
{
    private static readonly HashSet<string> Dangerous = ["JS", "JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia"];

    /// <summary>Inflated stream content scanned in total; beyond this a PDF is refused rather than skipped (zip bombs).</summary>
    public const int MaxInflatedBytes = 64 * 1024 * 1024;

    public static PdfVerdict Inspect(byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith("%PDF-"u8) || bytes.AsSpan().IndexOf("%%EOF"u8) < 0)
        {
            return PdfVerdict.NotPdf;
        }
        if (HasDangerousName(bytes))
        {
            return PdfVerdict.ActiveContent;
        }
        var budget = MaxInflatedBytes;
        foreach (var stream in Streams(bytes))
        {
            var inflated = Inflate(stream, ref budget);
            if (inflated is null)
            {
                continue;
            }
            if (budget <= 0 || HasDangerousName(inflated))
            {
                return PdfVerdict.ActiveContent;
            }
        }
        return PdfVerdict.Clean;
    }

    public static bool HasDangerousName(ReadOnlySpan<byte> content)
    {
        for (var i = content.IndexOf((byte)'/'); i >= 0 && i < content.Length; )
        {
            var end = i + 1;
            while (end < content.Length && IsNameChar(content[end]))
            {
                end++;
            }
            if (Dangerous.Contains(DecodeName(content[(i + 1)..end])))
            {
                return true;
            }
            var next = content[end..].IndexOf((byte)'/');
            i = next < 0 ? -1 : end + next;
        }
        return false;
    }

    // PDF delimiters and whitespace end a name; everything else belongs to it.
    private static bool IsNameChar(byte b) => b > 32 && b < 127 && "()<>[]{}/%"u8.IndexOf(b) < 0;

    private static string DecodeName(ReadOnlySpan<byte> raw)
    {
        var name = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'#' && i + 2 < raw.Length
                && byte.TryParse(Encoding.ASCII.GetString(raw.Slice(i + 1, 2)), System.Globalization.NumberStyles.HexNumber, null, out var b))
            {
                name.Append((char)b);
                i += 2;
            }
            else
            {
                name.Append((char)raw[i]);
            }
        }
        return name.ToString();
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Streams(byte[] bytes)
    {
        var at = 0;
        while (true)
        {
            var start = bytes.AsSpan(at).IndexOf("stream"u8);
            if (start < 0)
            {
                yield break;
            }
            start += at + "stream".Length;
            // "endstream" also contains "stream": skip it.
            if (start >= 9 && bytes.AsSpan(start - 9, 9).SequenceEqual("endstream"u8))
            {
                at = start;
                continue;
            }
            while (start < bytes.Length && bytes[start] is (byte)'\r' or (byte)'\n')
            {
                start++;
            }
            var end = bytes.AsSpan(start).IndexOf("endstream"u8);
            if (end < 0)
            {
                yield break;
            }
            yield return bytes.AsMemory(start, end);
            at = start + end + "endstream".Length;
        }
    }

    private static byte[]? Inflate(ReadOnlyMemory<byte> stream, ref int budget)
    {
        try
        {
            using var input = new MemoryStream(stream.ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                budget -= read;
                if (budget <= 0)
                {
                    break;
                }
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            // Not Flate (an image stream, or another filter): nothing to scan inside.
            return null;
        }
    }
}
