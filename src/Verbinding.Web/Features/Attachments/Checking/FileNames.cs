using System.Text;

namespace Verbinding.Web.Features.Attachments;

/// <summary>
/// A file name safe to store and to send back in Content-Disposition: no folders, no control or reserved characters,
/// at most 100 characters, and always the extension of what the file really is: "bon.pdf" that is a PNG becomes
/// "bon.png", and "foto.exe" that is a JPEG becomes "foto.exe.jpg" (the name can never make it run).
/// </summary>
public static class FileNames
{
    public const int MaxLength = 100;

    private const string Reserved = "<>:\"/\\|?*;";

    public static string Extension(FileKind kind) => kind switch
    {
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
        FileKind.WebP => ".webp",
        FileKind.Heic => ".heic",
        FileKind.Pdf => ".pdf",
        _ => "",
    };

    /// <summary>The uploaded name as the citizen knows it (to say which file was refused), made harmless.</summary>
    public static string Shown(string? uploaded)
    {
        var name = Clean(uploaded);
        return name.Length == 0 ? "bijlage" : name[..Math.Min(name.Length, MaxLength)];
    }

    public static string Sanitise(string? uploaded, FileKind kind)
    {
        var stem = Clean(uploaded);
        var extension = Extension(kind);
        var dot = stem.LastIndexOf('.');
        if (dot > 0 && stem[dot..].ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".heic" or ".heif" or ".pdf")
        {
            stem = stem[..dot];
        }
        if (stem.Length == 0)
        {
            stem = "bijlage";
        }
        return stem[..Math.Min(stem.Length, MaxLength - extension.Length)].TrimEnd() + extension;
    }

    private static string Clean(string? uploaded)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var clean = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && !Reserved.Contains(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                clean.Append(c);
            }
        }
        return clean.ToString().Trim().Trim('.').Trim();
    }
}
