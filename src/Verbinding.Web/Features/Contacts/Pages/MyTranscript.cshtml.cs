using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Contacts.Pages;

/// <summary>A plain-text transcript of one of the citizen's own conversations (PDF may follow).</summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class MyTranscriptModel(
    CurrentCitizen citizen, CitizenKeys keys, CitizenDirectory citizens, VerbindingDbContext db, AuditTrail audit,
    IStringLocalizer<ContactsText> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var mine = await MyContactModel.MyCitizenIdAsync(citizen, keys, citizens, ct);
        var conversation = mine is null ? null : await db.Set<Conversation>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id && c.CitizenId == mine, ct);
        if (conversation is null)
            return NotFound();
        var messages = await db.Set<ConversationMessage>().AsNoTracking().Where(m => m.ConversationId == id)
            .OrderBy(m => m.Sequence).ToListAsync(ct);
        await audit.RecordAsync(new AuditEvent("export", nameof(Conversation), id.ToString(), "inzage"), ct);
        var transcript = new StringBuilder()
            .AppendLine(text["TranscriptHeader", text["Channel_" + conversation.Channel], DutchTime.Format(conversation.CreatedAt)])
            .AppendLine();
        foreach (var m in messages)
            transcript.AppendLine($"[{DutchTime.Format(m.At)}] {(m.AuthorKind == AuthorKinds.Agent ? m.AuthorName : text["Author_" + m.AuthorKind])}: {m.Text}");
        return File(Encoding.UTF8.GetBytes(transcript.ToString()), "text/plain; charset=utf-8", $"gesprek-politie-{conversation.CreatedAt:yyyy-MM-dd}.txt");
    }
}
