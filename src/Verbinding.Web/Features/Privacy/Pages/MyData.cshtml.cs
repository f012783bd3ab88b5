using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Privacy.Pages;

/// <summary>"Mijn gegevens": what the police hold about the signed-in citizen, who looked at it, and the downloads.</summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class MyDataModel(CurrentCitizen citizen, PersonalDataExport export, TimeProvider time, IStringLocalizer<PrivacyText> text) : PageModel
{
    public IReadOnlyList<(string Category, int Count)> Summary { get; private set; } = [];

    public IReadOnlyList<AccessRecord> Accesses { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var document = await CollectAsync("summary", ct);
        Summary = [.. document.Sections.Select(s => s.Category).Distinct().Select(c => (c, document.Count(c)))];
        Accesses = [.. document.Accesses.OrderByDescending(a => a.At)];
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct) =>
        File(PersonalDataJson.Write(await CollectAsync("json", ct)), "application/json", FileName("json"));

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        File(PersonalDataPdf.Render(await CollectAsync("pdf", ct)), "application/pdf", FileName("pdf"));

    public string CategoryName(string category) =>
        text["Category_" + category] is { ResourceNotFound: false } name ? name : category;

    private Task<PersonalDataDocument> CollectAsync(string format, CancellationToken ct) =>
        export.CollectAsync(citizen.Bsn!.Value, citizen.Name ?? "", format, ct);

    private string FileName(string extension) =>
        $"mijn-gegevens-{DutchTime.ToLocal(time.GetUtcNow()):yyyy-MM-dd}.{extension}";
}
