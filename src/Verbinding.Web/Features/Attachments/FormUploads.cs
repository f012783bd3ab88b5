namespace Verbinding.Web.Features.Attachments;

/// <summary>The files a multipart form posted under "files"; an empty file input (no name) is no upload.</summary>
public static class FormUploads
{
    public const string Field = "files";

    public static IReadOnlyList<Upload> From(HttpRequest request) => request.HasFormContentType
        ? request.Form.Files.GetFiles(Field).Where(f => f.FileName.Length > 0).Select(f => new Upload(f.FileName, f.Length, f.OpenReadStream)).ToList()
        : [];
}
