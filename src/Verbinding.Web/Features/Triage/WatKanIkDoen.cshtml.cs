using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Help;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Features.Triage;

/// <summary>
/// The public decision aid: choose what happened, answer the yes/no questions that matter for it, see the options.
/// Server-rendered in three steps, all POST so answers stay out of the browser history; nothing is stored.
/// </summary>
public sealed class WatKanIkDoenModel(TriageService triage, Referrals.ReferralPartners referrals, IStringLocalizer<TriageText> text) : PageModel
{
    public const string Yes = "ja";
    public const string No = "nee";

    public enum Step { Topic, Questions, Result }

    [BindProperty]
    public string? Topic { get; set; }

    [BindProperty]
    public string? Municipality { get; set; }

    /// <summary>Answer name to "ja", "nee" or anything else for "don't know".</summary>
    [BindProperty]
    public Dictionary<string, string> Answers { get; set; } = [];

    [BindProperty]
    public string? Age { get; set; }

    public Step Current { get; private set; } = Step.Topic;

    public TriageResult? Result { get; private set; }

    public string Language => SiteCultures.IsEnglish ? Languages.English : Languages.Dutch;

    public IReadOnlyList<TopicDefinition> PublicTopics => triage.Policies.National.Topics.Where(t => t.Public).ToList();

    public TopicDefinition? ChosenTopic => triage.Policies.National.Topics.FirstOrDefault(t => t.Id == Topic && t.Public);

    public IReadOnlyList<QuestionDefinition> Questions => ChosenTopic is { } topic
        ? topic.Questions.Select(q => triage.Policies.National.Questions.Single(d => d.Id == q)).ToList()
        : [];

    public string? PartnerName(string? id) => PartnerDirectory.All.FirstOrDefault(p => p.Id == id)?.Name;

    /// <summary>
    /// "Let them contact me" on a partner option whose partner takes warm handovers, the same action Wout offers;
    /// a warme-overdracht option already links to the consent page itself.
    /// </summary>
    public string? HandoverHref(TriageOption option) =>
        option.Partner is { } partner && option.Intervention != Interventions.WarmeOverdracht && referrals.AcceptsWarmHandover(partner)
            ? Referrals.ReferralLinks.Consent(partner, Referrals.ReferralLinks.DecisionAid)
            : null;

    public void OnGet()
    {
    }

    public void OnPostQuestions()
    {
        Current = ValidateTopicStep() is not null ? Step.Questions : Step.Topic;
    }

    public void OnPostResult()
    {
        var municipality = ValidateTopicStep();
        int? age = null;
        if (!string.IsNullOrWhiteSpace(Age))
        {
            if (int.TryParse(Age, out var parsed) && parsed is >= 0 and <= 130)
            {
                age = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Age), text["ErrorAge"]);
            }
        }
        if (municipality is null)
        {
            Current = Step.Topic;
            return;
        }
        if (!ModelState.IsValid)
        {
            Current = Step.Questions;
            return;
        }
        var answers = TriageAnswers.From(AnswerNames.YesNo.ToDictionary(n => n, n => Answers.GetValueOrDefault(n) switch
        {
            Yes => (bool?)true,
            No => false,
            _ => null,
        }), age);
        Result = triage.Evaluate(Topic!, answers, municipality.Match);
        Current = Step.Result;
    }

    /// <summary>Checks topic and municipality; returns the lookup when both are fine (null otherwise).</summary>
    private MunicipalityLookup? ValidateTopicStep()
    {
        var valid = true;
        if (ChosenTopic is null)
        {
            ModelState.AddModelError(nameof(Topic), text["ErrorTopic"]);
            valid = false;
        }
        var lookup = triage.Lookup(Municipality);
        if (!lookup.IsValid)
        {
            ModelState.AddModelError(nameof(Municipality), lookup.Candidates.Count > 1
                ? text["ErrorMunicipalityAmbiguous", Municipality!, string.Join(", ", lookup.Candidates)]
                : text["ErrorMunicipalityUnknown", Municipality!]);
            valid = false;
        }
        return valid ? lookup : null;
    }
}
