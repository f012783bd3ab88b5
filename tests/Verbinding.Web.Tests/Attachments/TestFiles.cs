using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Verbinding.Web.Tests.Attachments;

/// <summary>Files built in code: real images from SkiaSharp, a JPEG with an EXIF block written by hand, small PDFs.</summary>
public static class TestFiles
{
    public static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SkyBlue);
            using var paint = new SKPaint { Color = SKColors.Red };
            // A red block top-left, to see where the picture's top ended up after turning it.
            canvas.DrawRect(0, 0, width / 2f, height / 4f, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Jpeg(int width = 40, int height = 20) => Image(width, height);

    public static byte[] Png(int width = 40, int height = 20) => Image(width, height, SKEncodedImageFormat.Png);

    /// <summary>A JPEG with an APP1 EXIF block: orientation (6 = turn 90° clockwise), a camera owner and GPS 52°5'N.</summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation)
    {
        var tiff = new List<byte>("MM\0*"u8.ToArray()) { 0, 0, 0, 8 };
        // IFD0 at 8: three entries (orientation, artist, GPS pointer), then next-IFD 0.
        const int ifd0Size = 2 + 3 * 12 + 4;
        const int artistAt = 8 + ifd0Size;
        var artist = "Jan Jansen\0"u8.ToArray();
        var gpsAt = artistAt + artist.Length + (artist.Length % 2);
        tiff.AddRange(U16(3));
        tiff.AddRange(Entry(0x0112, 3, 1, (uint)orientation << 16));
        tiff.AddRange(Entry(0x013B, 2, (uint)artist.Length, artistAt));
        tiff.AddRange(Entry(0x8825, 4, 1, (uint)gpsAt));
        tiff.AddRange(U32(0));
        tiff.AddRange(artist);
        if (artist.Length % 2 == 1)
        {
            tiff.Add(0);
        }
        // GPS IFD: latitude ref "N", latitude 52/1 5/1 0/1.
        const int gpsSize = 2 + 2 * 12 + 4;
        tiff.AddRange(U16(2));
        tiff.AddRange(Entry(0x0001, 2, 2, (uint)'N' << 24));
        tiff.AddRange(Entry(0x0002, 5, 3, (uint)(gpsAt + gpsSize)));
        tiff.AddRange(U32(0));
        foreach (var part in new uint[] { 52, 1, 5, 1, 0, 1 })
        {
            tiff.AddRange(U32(part));
        }
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var app1 = new List<byte> { 0xFF, 0xE1 };
        app1.AddRange(U16((ushort)(payload.Length + 2)));
        app1.AddRange(payload);
        var jpeg = Jpeg(width, height);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    public static byte[] Pdf(string body = "", bool compressBody = false)
    {
        var content = Encoding.ASCII.GetBytes(body);
        if (compressBody)
        {
            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal))
            {
                zlib.Write(content);
            }
            content = packed.ToArray();
        }
        var head = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + $"3 0 obj << /Length {content.Length}{(compressBody ? " /Filter /FlateDecode" : "")} >>\nstream\n";
        return [.. Encoding.ASCII.GetBytes(head), .. content, .. "\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8];
    }

    private static byte[] Entry(ushort tag, ushort type, uint count, uint value) => [.. U16(tag), .. U16(type), .. U32(count), .. U32(value)];

    private static byte[] Entry(ushort tag, ushort type, uint count, int offset) => Entry(tag, type, count, (uint)offset);

    private static byte[] U16(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, v);
        return b;
    }

    private static byte[] U32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, v);
        return b;
    }
}
