using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Monitor.FollowUp;
using Verbinding.Web.Features.Monitor.Instrument;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Monitor.Pages;

/// <summary>The unit team's call-back list from the politiemonitor; works without JavaScript (one form per task).</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = FollowUpRoles)]
public sealed class FollowUpsModel(FollowUpService followUps, Questionnaire questionnaire, ReferenceData reference, IStringLocalizer<MonitorText> text) : PageModel
{
    public const string FollowUpRoles = $"{StaffRoles.Supervisor},{StaffRoles.Wijkagent},{StaffRoles.ServiceAgent},{StaffRoles.Administrator}";

    private const int MaxNoteLength = 1000;

    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<FollowUpRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await followUps.ListAsync(StaffScope.From(User), Closed, ct);

    /// <summary>One form per task; the pressed button says what happened ("contacted" or "close").</summary>
    public Task<IActionResult> OnPostAsync(Guid id, string? note, string? decision, CancellationToken ct) =>
        ChangeAsync(id, note, decision == "close" ? followUps.CloseAsync : followUps.MarkContactedAsync, ct);

    public string BasisteamName(string id) => reference.Basisteams.FirstOrDefault(b => b.Id == id)?.Name ?? id;

    public string OverallText(int? overall)
    {
        var option = questionnaire.ScaleOf(questionnaire["overall"]).Options?.FirstOrDefault(o => o.Value == overall);
        return option?.Text.For(Infrastructure.Localization.SiteCultures.IsEnglish) ?? "-";
    }

    private async Task<IActionResult> ChangeAsync(Guid id, string? note, Func<Guid, StaffScope, string, CancellationToken, Task<FollowUpOutcome>> change, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            ModelState.AddModelError("note", text["NoteRequired"]);
        }
        else if (note.Length > MaxNoteLength)
        {
            ModelState.AddModelError("note", text["NoteTooLong"]);
        }
        else if (await change(id, StaffScope.From(User), note, ct) == FollowUpOutcome.NotFound)
        {
            ModelState.AddModelError("id", text["TaskNotFound"]);
        }
        if (!ModelState.IsValid)
        {
            Rows = await followUps.ListAsync(StaffScope.From(User), Closed, ct);
            return Page();
        }
        Message = text["TaskSaved"];
        return RedirectToPage(new { Closed });
    }
}
