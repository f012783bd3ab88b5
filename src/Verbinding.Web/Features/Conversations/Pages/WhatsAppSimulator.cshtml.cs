using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations.Messaging;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations.Pages;

/// <summary>
/// Development only: plays a citizen's phone. Each message is built as Meta's webhook body, signed with the app
/// secret and handed to the webhook's own processing (signature check included); outbound messages are read back
/// from the simulated sender.
/// </summary>
[AllowAnonymous]
public sealed class WhatsAppSimulatorModel(
    VerbindingDbContext db, CitizenKeys keys, WhatsAppInbound inbound, SimulatedMessagingSender phone,
    IOptions<WhatsAppOptions> options, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "nummer")]
    public string? Number { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public IReadOnlyList<SimulatedMessage> Thread { get; private set; } = [];

    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!HttpContext.RequestServices.SimulatorEnabled())
            return NotFound();
        if (keys.Phone(Number) is { } key)
            Thread = [.. (await db.Set<SimulatedMessage>().AsNoTracking().Where(m => m.AddressHash == key.Hash).ToListAsync(ct)).OrderBy(m => m.At)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!HttpContext.RequestServices.SimulatorEnabled())
            return NotFound();
        var from = PhoneNumber.ToE164(Number);
        if (from is null || string.IsNullOrWhiteSpace(Text))
            return await OnGetAsync(ct);
        var body = Encoding.UTF8.GetBytes(WhatsAppPayloads.TextMessage(from[1..], "wamid.SIM" + Guid.NewGuid().ToString("N"), time.GetUtcNow(), Text.Trim()));
        await phone.StoreAsync(from, SimulatedMessagingSender.In, Text.Trim(), null, ct);
        var result = await WhatsAppWebhookApi.ProcessAsync(body, WebhookSignature.Sign(body, options.Value.AppSecret), inbound, options.Value, ct);
        if (result.Result is ProblemHttpResult problem)
        {
            Refused = problem.ProblemDetails.Title ?? problem.ProblemDetails.Detail;
            return await OnGetAsync(ct);
        }
        return Redirect($"/dev/whatsapp?nummer={Uri.EscapeDataString(from)}#bericht");
    }
}
