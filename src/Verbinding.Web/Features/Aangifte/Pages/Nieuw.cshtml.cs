using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Help;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>
/// Eligibility before effort, anonymous: the triage questions for the chosen type. Eligible answers go on (signed,
/// encrypted) through the DigiD sign-in to the wizard; otherwise the right alternative is shown right here.
/// </summary>
public sealed class NieuwModel(AangifteTypeCatalog catalog, AangifteEligibility eligibility, EligibilityTokens tokens, IStringLocalizer<AangifteText> text)
    : AangiftePage(text)
{
    public const string Yes = "ja";
    public const string No = "nee";

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Prefill { get; set; }

    [BindProperty]
    public Dictionary<string, string> Answers { get; set; } = [];

    [BindProperty]
    public string? Age { get; set; }

    [BindProperty]
    public bool ParentInformed { get; set; }

    public AangifteType? Chosen => catalog.Find(Type);

    public IReadOnlyList<QuestionDefinition> Questions => Chosen is { } type ? eligibility.Questions(type) : [];

    public EligibilityOutcome? Outcome { get; private set; }

    public string? PartnerName(string? id) => PartnerDirectory.All.FirstOrDefault(p => p.Id == id)?.Name;

    public IActionResult OnGet()
    {
        if (Chosen is null)
        {
            return Redirect("/aangifte");
        }
        if (!Chosen.OnlineAllowed)
        {
            Outcome = eligibility.Evaluate(Chosen, TriageAnswers.None, parentInformed: false);
        }
        return Page();
    }

    public IActionResult OnPost() => Decide(reportAnyway: false);

    /// <summary>After advice (e.g. Juridisch Loket) the citizen may still report: recorded as against advice.</summary>
    public IActionResult OnPostAnyway() => Decide(reportAnyway: true);

    private IActionResult Decide(bool reportAnyway)
    {
        if (Chosen is not { OnlineAllowed: true } type)
        {
            return OnGet();
        }
        var answers = ReadAnswers();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Outcome = eligibility.Evaluate(type, answers.Triage, ParentInformed);
        var proceed = Outcome.Verdict == EligibilityVerdict.Online || (reportAnyway && Outcome.Verdict == EligibilityVerdict.OnlineAfterAdvice);
        if (Outcome.Verdict == EligibilityVerdict.NeedsParent)
        {
            ModelState.AddModelError(nameof(ParentInformed), Text["ParentNeeded"]);
        }
        if (!proceed)
        {
            return Page();
        }
        var record = new EligibilityRecord(answers.Values, answers.Triage.Age, ParentInformed, Outcome.Triage.PolicyVersion, reportAnyway);
        var token = tokens.Issue(new EligibilityPass(type.Id, record, Prefill));
        return Redirect($"/aangifte/start?token={Uri.EscapeDataString(token)}");
    }

    private (TriageAnswers Triage, Dictionary<string, bool?> Values) ReadAnswers()
    {
        var values = new Dictionary<string, bool?>();
        foreach (var question in Questions.Where(q => q.Id != AnswerNames.Age))
        {
            values[question.Id] = Answers.GetValueOrDefault(question.Id) switch
            {
                Yes => true,
                No => false,
                _ => null,
            };
        }
        int? age = null;
        if (Questions.Any(q => q.Id == AnswerNames.Age) && !string.IsNullOrWhiteSpace(Age))
        {
            if (int.TryParse(Age, out var parsed) && parsed is >= 0 and <= 130)
            {
                age = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Age), Text["ErrorAge"]);
            }
        }
        return (TriageAnswers.From(values, age), values);
    }
}
