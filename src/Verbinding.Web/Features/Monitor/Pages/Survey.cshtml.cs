using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Monitor.Instrument;
using Verbinding.Web.Features.Monitor.Responses;
using Verbinding.Web.Infrastructure.Localization;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Monitor.Pages;

/// <summary>The survey: one page, no JavaScript, anonymous (the token is the only key).</summary>
[EnableRateLimiting(RateLimits.Submit)]
public sealed class SurveyModel(SurveySubmission submission, Questionnaire questionnaire, IStringLocalizer<MonitorText> text) : PageModel
{
    public Questionnaire Questionnaire => questionnaire;

    public bool English => SiteCultures.IsEnglish;

    /// <summary>Open (show the form), Used/Expired/Unknown (explain), or null after a successful submit.</summary>
    public InvitationState? State { get; private set; }

    public bool Thanked { get; private set; }

    public bool FollowUp { get; private set; }

    [BindProperty]
    public int? Overall { get; set; }

    /// <summary>Read from the form by question id, not model-bound: with no item answered, MVC's dictionary binder
    /// falls back to the empty prefix and would treat every form field (the antiforgery token too) as an item.</summary>
    public Dictionary<string, int?> Items { get; private set; } = [];

    [BindProperty]
    public int? Grade { get; set; }

    [BindProperty]
    public int? Trust { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public bool ContactPermission { get; set; }

    public async Task OnGetAsync([FromRoute] string token, CancellationToken ct) => State = (await submission.FindAsync(token, ct)).State;

    // The token comes from the link only: a posted "token" field must not replace it (an empty one crashed the hash).
    public async Task<IActionResult> OnPostAsync([FromRoute] string token, CancellationToken ct)
    {
        Items = questionnaire.Questions.Where(q => q.Group == "items").ToDictionary(q => q.Id, q => ParseItem(Request.Form[$"{nameof(Items)}[{q.Id}]"]));
        var answers = new SurveyAnswers(Overall, Items, Grade, Trust, Comment, ContactPermission);
        var errors = SurveyAnswerValidator.Validate(questionnaire, answers);
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.QuestionId, text[error.MessageKey, questionnaire[error.QuestionId].Text.For(English)]);
        }
        if (!ModelState.IsValid)
        {
            State = (await submission.FindAsync(token, ct)).State;
            return Page();
        }
        var outcome = await submission.SubmitAsync(token, answers, ct);
        State = outcome switch
        {
            SubmitOutcome.Stored => InvitationState.Open,
            SubmitOutcome.AlreadyUsed => InvitationState.Used,
            SubmitOutcome.Expired => InvitationState.Expired,
            _ => InvitationState.Unknown,
        };
        Thanked = outcome == SubmitOutcome.Stored;
        FollowUp = Thanked && ContactPermission;
        return Page();
    }

    // Anything not a number is treated as out of range by the validator, so the citizen sees a clear message.
    private static int? ParseItem(string? value) =>
        string.IsNullOrEmpty(value) ? null : int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : -1;

    public int? ValueOf(Question question) => SurveyAnswerValidator.ValueOf(question.Id, new SurveyAnswers(Overall, Items, Grade, Trust, Comment, ContactPermission));

    public string FieldName(Question question) => question.Id switch
    {
        "overall" => nameof(Overall),
        "grade" => nameof(Grade),
        "trust" => nameof(Trust),
        _ => $"{nameof(Items)}[{question.Id}]",
    };
}
