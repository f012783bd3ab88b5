using SkiaSharp;

namespace Verbinding.Web.Features.Attachments;

/// <summary>A decoded and re-encoded image: only pixels survive, so EXIF (GPS, camera, owner) and every other block is gone.</summary>
public sealed record CleanImage(byte[] Bytes, string ContentType, FileKind Kind, byte[] Thumbnail, int Width, int Height);

/// <summary>
/// Decodes an upload with SkiaSharp and writes a fresh file from the pixels. The EXIF orientation is applied first,
/// because the tag that told viewers to rotate is gone afterwards. PNG stays PNG (screenshots stay sharp); photos
/// become JPEG. Null when the bytes do not decode, or the picture is too large even when decoded smaller (a decompression bomb).
/// </summary>
public static class ImageCleaner
{
    public const long MaxPixels = 50_000_000;

    public const int JpegQuality = 85;

    public static CleanImage? Clean(byte[] bytes, FileKind kind, int thumbnailSize, long maxPixels = MaxPixels)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height == 0)
        {
            return null;
        }
        // A 200-megapixel phone photo is decoded smaller (JPEG decodes at 1/2, 1/4, 1/8 for free); what cannot be
        // made small enough is refused rather than allocated.
        var size = codec.Info.Size;
        if ((long)size.Width * size.Height > maxPixels)
        {
            size = codec.GetScaledDimensions((float)Math.Sqrt((double)maxPixels / ((long)size.Width * size.Height)));
            if ((long)size.Width * size.Height > maxPixels)
            {
                return null;
            }
        }
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return null;
        }
        using var upright = Orientation.Apply(decoded, codec.EncodedOrigin);
        var keepPng = kind == FileKind.Png || (kind == FileKind.WebP && codec.Info.AlphaType != SKAlphaType.Opaque);
        var bytesOut = keepPng ? Encode(upright, SKEncodedImageFormat.Png, 100) : Encode(Flatten(upright), SKEncodedImageFormat.Jpeg, JpegQuality);
        return new CleanImage(bytesOut, keepPng ? "image/png" : "image/jpeg", keepPng ? FileKind.Png : FileKind.Jpeg,
            Thumbnail(upright, thumbnailSize), upright.Width, upright.Height);
    }

    /// <summary>A JPEG of at most <paramref name="size"/> pixels on its longest side, on white (for transparent PNGs).</summary>
    public static byte[] Thumbnail(SKBitmap image, int size)
    {
        var scale = Math.Min(1.0, (double)size / Math.Max(image.Width, image.Height));
        var width = Math.Max(1, (int)Math.Round(image.Width * scale));
        var height = Math.Max(1, (int)Math.Round(image.Height * scale));
        using var small = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(small))
        {
            canvas.Clear(SKColors.White);
            using var source = SKImage.FromBitmap(image);
            canvas.DrawImage(source, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        return Encode(small, SKEncodedImageFormat.Jpeg, 75);
    }

    private static SKBitmap Flatten(SKBitmap image)
    {
        if (image.AlphaType == SKAlphaType.Opaque)
        {
            return image;
        }
        var flat = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(flat);
        canvas.Clear(SKColors.White);
        canvas.DrawBitmap(image, 0, 0, SKSamplingOptions.Default, null);
        return flat;
    }

    private static byte[] Encode(SKBitmap image, SKEncodedImageFormat format, int quality)
    {
        using var encoded = image.Encode(format, quality);
        return encoded.ToArray();
    }
}
