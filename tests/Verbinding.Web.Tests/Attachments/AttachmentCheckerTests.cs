using System.Text;
using SkiaSharp;
using Verbinding.Web.Features.Attachments;

namespace Verbinding.Web.Tests.Attachments;

/// <summary>The upload gate without a host: what a file really is decides, and what is kept carries no metadata.</summary>
public sealed class AttachmentCheckerTests
{
    private static readonly AttachmentChecker Checker = new(maxBytes: 10 * 1024 * 1024, thumbnailSize: 320);

    [Fact]
    public void Gps_and_owner_in_a_photo_are_gone_after_upload_and_the_photo_is_upright()
    {
        var photo = TestFiles.JpegWithExif(40, 20, orientation: 6);
        Assert.Contains("Exif", Encoding.Latin1.GetString(photo));
        using (var codec = SKCodec.Create(new MemoryStream(photo)))
        {
            Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
        }

        var check = Checker.Check("IMG_0001.JPG", photo);

        Assert.True(check.Accepted, check.Refusal?.ToString());
        var stored = Encoding.Latin1.GetString(check.File!.Bytes);
        Assert.DoesNotContain("Exif", stored);
        Assert.DoesNotContain("Jan Jansen", stored);
        Assert.DoesNotContain("Jan Jansen", Encoding.Latin1.GetString(check.File.Thumbnail!));
        using var kept = SKBitmap.Decode(check.File.Bytes);
        // Turned 90° clockwise: 40x20 becomes 20x40, and the red block (top-left) is now top-right.
        Assert.Equal((20, 40), (kept.Width, kept.Height));
        Assert.True(kept.GetPixel(17, 3).Red > 200, kept.GetPixel(17, 3).ToString());
        Assert.True(kept.GetPixel(2, 3).Blue > 150, kept.GetPixel(2, 3).ToString());
        Assert.Equal("IMG_0001.jpg", check.File.FileName);
        Assert.Equal("image/jpeg", check.File.ContentType);
    }

    [Fact]
    public void A_png_named_pdf_is_taken_for_what_it_is_a_png()
    {
        var check = Checker.Check("bon.pdf", TestFiles.Png());

        Assert.True(check.Accepted);
        Assert.Equal("image/png", check.File!.ContentType);
        Assert.Equal("bon.png", check.File.FileName);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><script>alert(1)</script></html>", Refusal.WebPage)]
    [InlineData("\uFEFF  <svg onload=alert(1)>", Refusal.WebPage)]
    [InlineData("MZ\u0090\0 This program cannot be run in DOS mode", Refusal.Program)]
    [InlineData("PK\u0003\u0004 zip", Refusal.Archive)]
    [InlineData("just some text", Refusal.NotAllowed)]
    public void A_file_named_jpg_that_is_not_an_image_is_refused_with_its_real_kind(string content, Refusal expected)
    {
        var check = Checker.Check("vakantie.jpg", Encoding.UTF8.GetBytes(content));

        Assert.False(check.Accepted);
        Assert.Equal(expected, check.Refusal);
        Assert.Equal("vakantie.jpg", check.FileName);
    }

    [Fact]
    public void A_jpeg_header_with_garbage_behind_it_is_refused_as_unreadable()
    {
        byte[] fake = [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes(new string('x', 500))];

        Assert.Equal(Refusal.ImageUnreadable, Checker.Check("x.jpg", fake).Refusal);
    }

    [Fact]
    public void A_file_over_the_limit_and_an_empty_file_are_refused()
    {
        var small = new AttachmentChecker(maxBytes: 1000, thumbnailSize: 320);

        Assert.Equal(Refusal.TooLarge, small.Check("groot.jpg", TestFiles.Jpeg(400, 400)).Refusal);
        Assert.Equal(Refusal.Empty, small.Check("leeg.jpg", []).Refusal);
    }

    [Fact]
    public void Thumbnails_are_at_most_320_pixels()
    {
        var check = Checker.Check("groot.png", TestFiles.Png(1000, 500));

        using var thumbnail = SKBitmap.Decode(check.File!.Thumbnail);
        Assert.Equal((320, 160), (thumbnail.Width, thumbnail.Height));
        using var full = SKBitmap.Decode(check.File.Bytes);
        Assert.Equal((1000, 500), (full.Width, full.Height));
    }

    [Fact]
    public void A_plain_pdf_is_kept_as_it_is()
    {
        var pdf = TestFiles.Pdf("BT /F1 12 Tf (Factuur fiets) Tj ET");

        var check = Checker.Check("factuur", pdf);

        Assert.True(check.Accepted, check.Refusal?.ToString());
        Assert.Equal(pdf, check.File!.Bytes);
        Assert.Equal("factuur.pdf", check.File.FileName);
        Assert.Null(check.File.Thumbnail);
        Assert.Equal(64, check.File.Sha256.Length);
    }

    [Theory]
    [InlineData("<< /S /JavaScript /JS (app.alert(1)) >>", false)]
    [InlineData("<< /S /J#61vaScript >>", false)]
    [InlineData("<< /Type /Action /S /Launch /F (cmd.exe) >>", false)]
    [InlineData("<< /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>", false)]
    [InlineData("<< /OpenAction << /S /JavaScript /JS (x) >> >>", true)]
    public void A_pdf_that_can_run_code_or_carries_files_is_refused(string body, bool hiddenInCompressedStream)
    {
        var check = Checker.Check("rekening.pdf", TestFiles.Pdf(body, hiddenInCompressedStream));

        Assert.Equal(Refusal.PdfActiveContent, check.Refusal);
    }

    [Fact]
    public void Names_that_merely_start_like_a_dangerous_one_are_fine()
    {
        Assert.False(PdfInspector.HasDangerousName("<< /JSON 1 /Launcher 2 /JavaScripts 3 >>"u8));
        Assert.True(PdfInspector.HasDangerousName("<</JS(x)>>"u8));
    }

    [Fact]
    public void A_pdf_header_without_an_end_is_refused_as_unreadable()
    {
        Assert.Equal(Refusal.PdfUnreadable, Checker.Check("x.pdf", "%PDF-1.4 and then nothing"u8.ToArray()).Refusal);
    }

    [Theory]
    [InlineData("../../etc/passwd.jpg", FileKind.Jpeg, "passwd.jpg")]
    [InlineData("C:\\Users\\jan\\Desktop\\fiets.JPEG", FileKind.Jpeg, "fiets.jpg")]
    [InlineData("bon\u0000\u202Egpj.exe", FileKind.Png, "bongpj.exe.png")]
    [InlineData("  ...  ", FileKind.Pdf, "bijlage.pdf")]
    [InlineData("a<b>c\"d|e?.png", FileKind.Png, "abcde.png")]
    public void File_names_lose_folders_and_odd_characters_and_get_the_real_extension(string uploaded, FileKind kind, string expected)
    {
        Assert.Equal(expected, FileNames.Sanitise(uploaded, kind));
    }

    [Fact]
    public void Very_long_file_names_are_cut_but_keep_their_extension()
    {
        var name = FileNames.Sanitise(new string('a', 300) + ".jpg", FileKind.Jpeg);

        Assert.Equal(FileNames.MaxLength, name.Length);
        Assert.EndsWith(".jpg", name);
    }
}

/// <summary>Pictures with more pixels than we decode: JPEG is read at a smaller scale, PNG is refused.</summary>
public sealed class LargeImageTests
{
    [Fact]
    public void A_jpeg_over_the_pixel_limit_is_kept_at_a_smaller_scale()
    {
        var clean = ImageCleaner.Clean(TestFiles.Jpeg(400, 400), FileKind.Jpeg, 320, maxPixels: 50_000);

        Assert.NotNull(clean);
        Assert.True(clean.Width * clean.Height <= 50_000, $"{clean.Width}x{clean.Height}");
        Assert.Equal(clean.Width, clean.Height);
    }

    [Fact]
    public void A_png_over_the_pixel_limit_is_refused()
    {
        Assert.Null(ImageCleaner.Clean(TestFiles.Png(400, 400), FileKind.Png, 320, maxPixels: 50_000));
    }
}
