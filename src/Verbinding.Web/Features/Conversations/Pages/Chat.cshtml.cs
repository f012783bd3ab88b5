using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Infrastructure.Localization;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Conversations.Pages;

/// <summary>
/// The citizen's web chat. Without JavaScript every message is a form post followed by a redirect back here;
/// with JavaScript, chat.js sends and receives over SignalR. The conversation id and token live in an HttpOnly cookie.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Api)]
public sealed class ChatModel(
    ConversationService conversations, IWebHostEnvironment environment, IStringLocalizer<ConversationsText> text,
    CitizenKeys keys, CitizenDirectory citizens) : PageModel
{
    public Transcript? Conversation { get; private set; }

    /// <summary>A fresh id per rendered form: posting the same form twice (double click, reload) stores the message once.</summary>
    public string NewClientMessageId { get; } = Guid.NewGuid().ToString("N");

    [BindProperty]
    public string? Municipality { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? ClientMessageId { get; set; }

    public bool FocusMessage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (ChatCookie.Read(Request) is { } chat)
            Conversation = await conversations.TranscriptForCitizenAsync(chat.Id, chat.Token, ct);
        FocusMessage = TempData["Focus"] is true;
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var language = SiteCultures.IsEnglish ? "en" : "nl";
        var started = await conversations.StartAsync(ConversationChannels.Web, language, Truncate(Municipality), ct, await SignedInCitizenAsync(ct));
        ChatCookie.Write(Response, started.Id, started.Token, environment.IsProduction());
        return BackToChat();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        if (ChatCookie.Read(Request) is not { } chat)
            return RedirectToPage();
        if (ChatInput.Problem(Text, ClientMessageId) is not null)
        {
            ModelState.AddModelError(nameof(Text), string.IsNullOrWhiteSpace(Text) ? text["MessageRequired"] : text["MessageTooLong"]);
            Conversation = await conversations.TranscriptForCitizenAsync(chat.Id, chat.Token, ct);
            return Page();
        }
        var outcome = await conversations.SendAsCitizenAsync(chat.Id, chat.Token, Text!, ClientMessageId, ct);
        if (outcome.Status == SendStatus.NotFound)
            ChatCookie.Delete(Response, environment.IsProduction());
        return BackToChat();
    }

    public IActionResult OnPostEnd()
    {
        ChatCookie.Delete(Response, environment.IsProduction());
        return RedirectToPage();
    }

    /// <summary>A citizen signed in with DigiD gets the chat in their timeline ("Mijn contact"); anonymous chats stay anonymous.</summary>
    private async Task<Guid?> SignedInCitizenAsync(CancellationToken ct)
    {
        var result = await HttpContext.AuthenticateAsync(CitizenAuthentication.CookieScheme);
        return result.Succeeded && Bsn.TryParse(result.Principal.FindFirst(CitizenAuthentication.BsnClaim)?.Value, out var bsn)
            ? await citizens.ResolveAsync([keys.Bsn(bsn)], "digid", ct)
            : null;
    }

    private RedirectResult BackToChat()
    {
        TempData["Focus"] = true;
        return Redirect("/chat#bericht");
    }

    private static string? Truncate(string? value) => value?.Trim() is { Length: > 0 } v ? v[..Math.Min(v.Length, 100)] : null;
}
