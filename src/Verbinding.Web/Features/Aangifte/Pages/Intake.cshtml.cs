using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Web.Features.Aangifte.Pages;

/// <summary>The intake queue of the staff member's own eenheid (all units for national scope), oldest first.</summary>
[Authorize(Policy = StaffPolicies.Staff, Roles = StaffRoles.Intake + "," + StaffRoles.Supervisor)]
public sealed class IntakeModel(IntakeService intake, FraudLinks links, AangifteTypeCatalog catalog, IStringLocalizer<AangifteText> text) : AangiftePage(text)
{
    public List<SubmittedAangifte> Queue { get; private set; } = [];

    public string TypeTitle(string id) => catalog.Find(id)?.Title.For(Language) ?? id;

    /// <summary>Reports that share a counterparty identifier with another report, in any unit: a known series.</summary>
    public IReadOnlySet<Guid> InSeries { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await intake.QueueAsync(StaffScope.From(User), ct);
        InSeries = await links.LinkedAsync([.. Queue.Select(a => a.Id)], ct);
    }
}
