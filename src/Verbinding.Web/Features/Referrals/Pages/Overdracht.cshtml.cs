using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Help;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Localization;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals.Pages;

/// <summary>
/// The consent page of a warm handover, in two steps without JavaScript: the citizen fills in or checks the details,
/// then ticks exactly which ones the partner receives. Nothing we already knew is ticked for them. An unknown partner
/// leads to the help page with every partner's phone and website.
/// </summary>
public sealed class OverdrachtModel(
    ReferralPartners partners, ReferralService referrals, AangifteService aangiftes, VerbindingDbContext db, IStringLocalizer<ReferralsText> text) : PageModel
{
    public enum Step { Details, Review, NotWarm, Unknown }

    public Step Current { get; private set; } = Step.Details;

    public Partner? Partner { get; private set; }

    [BindProperty(SupportsGet = true, Name = "partner")]
    public string? PartnerId { get; set; }

    /// <summary>gesprek, aangifte, melding or keuzehulp.</summary>
    [BindProperty(SupportsGet = true, Name = "bron")]
    public string? SourceName { get; set; }

    [BindProperty(SupportsGet = true, Name = "ref")]
    public string? SourceId { get; set; }

    /// <summary>The values as the citizen filled them in (step 1) or saw them (step 2).</summary>
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = new();

    [BindProperty]
    public List<string> Share { get; set; } = [];

    [BindProperty]
    public string? StatusEmail { get; set; }

    /// <summary>For news by SMS when the citizen gives no e-mail address; kept as typed, stored in E.164 (<see cref="NotificationRecipient"/>).</summary>
    [BindProperty]
    public string? StatusPhone { get; set; }

    public KnownValues Known { get; private set; } = KnownValues.None;

    public IReadOnlySet<string> Ticked { get; private set; } = new HashSet<string>();

    public bool English => SiteCultures.IsEnglish;

    public ReferralSource Source => SourceName switch
    {
        "aangifte" => ReferralSource.Aangifte,
        "melding" => ReferralSource.Melding,
        "gesprek" => ReferralSource.Conversation,
        _ => ReferralSource.DecisionAid,
    };

    /// <summary>The case number is ours, not the citizen's to type: it is only offered when the page knows the case.</summary>
    public IEnumerable<string> Items => ConsentItems.All.Where(i => i != ConsentItems.CaseReference || Known.Values.GetValueOrDefault(i) is not null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Current == Step.Unknown ? Redirect("/hulp") : Page();
        }
        Values = Items.ToDictionary(i => i, i => Known.Values.GetValueOrDefault(i));
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Current == Step.Unknown ? Redirect("/hulp") : BadRequest();
        }
        Normalise();
        if (!Validate())
        {
            return Page();
        }
        Ticked = ConsentFilter.PreTicked(Values, Known.Values);
        Current = Step.Review;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Current == Step.Unknown ? Redirect("/hulp") : BadRequest();
        }
        Normalise();
        Current = Step.Review;
        Ticked = Share.ToHashSet();
        if (!Validate())
        {
            return Page();
        }
        var language = English ? "en" : "nl";
        var result = await referrals.CreateAsync(new ReferralRequest(Partner!.Id, Source, SourceId?.Trim() is { Length: > 0 and <= 64 } s ? s : null,
            Known.AangifteId, Known.CitizenBsn, Known.EenheidId, Values, Share, StatusEmail, language, StatusEmail is null ? StatusPhone : null), ct);
        if (result.Refusal == ReferralRefusal.NoConsent)
        {
            ModelState.AddModelError(nameof(Share), text["ErrorNoConsent"]);
            return Page();
        }
        if (!result.Succeeded)
        {
            return BadRequest();
        }
        return Redirect(ReferralService.CitizenLink(result.CitizenToken!) + "?nieuw=true");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Partner = partners.Find(PartnerId);
        if (Partner is null)
        {
            Current = Step.Unknown;
            return false;
        }
        if (!partners.AcceptsWarmHandover(Partner))
        {
            Current = Step.NotWarm;
            return false;
        }
        Known = await KnownValues.LoadAsync(HttpContext, aangiftes, db, Source, SourceId,
            TempData.Peek(Meldingen.Pages.IndexModel.ReferenceKey) as string, ct);
        if (Known.EenheidId is null && Source == ReferralSource.Conversation && Guid.TryParse(SourceId, out var conversationId))
        {
            // The chat's unit follows the referral up; a made-up id only changes which unit sees this citizen's own referral.
            var unit = await db.Set<Conversations.Conversation>().Where(c => c.Id == conversationId).Select(c => c.QueueUnit).FirstOrDefaultAsync(ct);
            Known = Known with { EenheidId = unit };
        }
        return true;
    }

    /// <summary>Values the page knows itself (the case number) cannot be replaced by a posted one.</summary>
    private void Normalise()
    {
        var posted = Values;
        Values = Items.ToDictionary(i => i, i => i == ConsentItems.CaseReference ? Known.Values.GetValueOrDefault(i) : posted.GetValueOrDefault(i)?.Trim());
        Share = Share.Where(Items.Contains).Distinct().ToList();
        StatusEmail = string.IsNullOrWhiteSpace(StatusEmail) ? null : StatusEmail.Trim();
        StatusPhone = string.IsNullOrWhiteSpace(StatusPhone) ? null : StatusPhone.Trim();
    }

    private bool Validate()
    {
        foreach (var (item, value) in Values)
        {
            if (value is not null && (value.Length > ConsentItems.MaxLength(item) || FieldValidator.HasControlCharacters(value, allowNewLines: item == ConsentItems.Situation)))
            {
                ModelState.AddModelError($"Values[{item}]", text["ErrorTooLong", text["Item_" + item]]);
            }
        }
        if (Values.GetValueOrDefault(ConsentItems.Email) is { Length: > 0 } email && !LooksLikeEmail(email))
        {
            ModelState.AddModelError($"Values[{ConsentItems.Email}]", text["ErrorEmail"]);
        }
        // The chooser of the status channel must take what the page accepts: an address or number it would skip would
        // silently leave the citizen without news.
        if (StatusEmail is not null && !(LooksLikeEmail(StatusEmail) && NotificationRecipient.IsEmail(StatusEmail)))
        {
            ModelState.AddModelError(nameof(StatusEmail), text["ErrorEmail"]);
        }
        if (StatusPhone is not null && PhoneNumber.ToE164(StatusPhone) is null)
        {
            ModelState.AddModelError(nameof(StatusPhone), text["ErrorStatusPhone"]);
        }
        return ModelState.IsValid;
    }

    /// <summary>What the outbox sends e-mail to.</summary>
    private static bool LooksLikeEmail(string value) => NotificationModelGuard.AcceptsRecipient(NotificationChannel.Email, value);
}
