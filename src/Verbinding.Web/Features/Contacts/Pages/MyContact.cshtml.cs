using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Contacts.Pages;

/// <summary>"Mijn contact": the signed-in citizen's own conversations and contacts, from every channel.</summary>
[Authorize(Policy = CitizenAuthentication.Policy)]
public sealed class MyContactModel(CurrentCitizen citizen, CitizenKeys keys, CitizenDirectory citizens, ContactTimeline timeline) : PageModel
{
    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await MyCitizenIdAsync(citizen, keys, citizens, ct) is { } id && await timeline.ForCitizenAsync(id, ct) is { } mine)
            Entries = mine.Entries;
    }

    /// <summary>The signed-in citizen's timeline record, found by the keyed hash of their DigiD BSN.</summary>
    public static async Task<Guid?> MyCitizenIdAsync(CurrentCitizen citizen, CitizenKeys keys, CitizenDirectory citizens, CancellationToken ct) =>
        citizen.Bsn is { } bsn ? await citizens.FindAsync(keys.Bsn(bsn), ct) : null;
}
