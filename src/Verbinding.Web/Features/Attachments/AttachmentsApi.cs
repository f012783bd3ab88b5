using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Attachments;

/// <summary>
/// Downloads: the citizen's own files under /mijn, intake's under /medewerker (unit-scoped). Images open inline, PDFs
/// only as a download (never rendered by the browser inside our origin); nosniff and no caching everywhere.
/// </summary>
public static class AttachmentsApi
{
    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder app)
    {
        var citizen = app.MapGroup("/mijn/bijlagen").RequireAuthorization(CitizenAuthentication.Policy).ExcludeFromDescription();
        citizen.MapGet("/{id:guid}", (Guid id, CurrentCitizen who, AttachmentAccess access, HttpContext http, CancellationToken ct) =>
            CitizenFile(id, who, access, http, thumbnail: false, ct));
        citizen.MapGet("/{id:guid}/klein", (Guid id, CurrentCitizen who, AttachmentAccess access, HttpContext http, CancellationToken ct) =>
            CitizenFile(id, who, access, http, thumbnail: true, ct));

        var staff = app.MapGroup("/medewerker/bijlagen").ExcludeFromDescription()
            .RequireAuthorization(new AuthorizeAttribute { Policy = StaffPolicies.Staff, Roles = StaffRoles.Intake + "," + StaffRoles.Supervisor });
        staff.MapGet("/{id:guid}", (Guid id, AttachmentAccess access, HttpContext http, CancellationToken ct) =>
            StaffFile(id, access, http, thumbnail: false, ct));
        staff.MapGet("/{id:guid}/klein", (Guid id, AttachmentAccess access, HttpContext http, CancellationToken ct) =>
            StaffFile(id, access, http, thumbnail: true, ct));
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> CitizenFile(
        Guid id, CurrentCitizen citizen, AttachmentAccess access, HttpContext http, bool thumbnail, CancellationToken ct) =>
        Serve(await access.ForCitizenAsync(citizen.Bsn!.Value, id, thumbnail, ct), http);

    private static async Task<Results<FileContentHttpResult, NotFound>> StaffFile(
        Guid id, AttachmentAccess access, HttpContext http, bool thumbnail, CancellationToken ct) =>
        Serve(await access.ForStaffAsync(StaffScope.From(http.User), id, thumbnail, ct), http);

    private static Results<FileContentHttpResult, NotFound> Serve(AttachmentContent? file, HttpContext http)
    {
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        // A PDF is always a download (Content-Disposition: attachment); an image may show inline as a thumbnail.
        return file.ContentType == "application/pdf"
            ? TypedResults.File(file.Bytes, file.ContentType, file.FileName)
            : TypedResults.File(file.Bytes, file.ContentType);
    }
}
