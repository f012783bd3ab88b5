using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// Which units offer aangifte at home: those whose triage override offers <c>aangifte-thuis</c>. The triage policy
/// is the one place where a unit says so, so the appointment page and the advice never disagree.
/// </summary>
public sealed class HomeVisitUnits(TriageEngine engine)
{
    public bool Offers(string? eenheidId) =>
        eenheidId is not null && engine.Policies.Units.TryGetValue(eenheidId, out var unit)
        && unit.AddRules.Any(r => r.Offer.Any(o => o.Intervention == Interventions.AangifteThuis));
}
