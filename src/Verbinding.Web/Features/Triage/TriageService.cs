using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Organisation;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Triage;

/// <summary>The outcome of looking up the municipality a citizen typed.</summary>
public sealed record MunicipalityLookup(MunicipalityMatch? Match, IReadOnlyList<string> Candidates)
{
    public bool Given { get; init; } = true;

    public bool IsValid => !Given || Match is not null;
}

/// <summary>
/// Adapts the pure engine to the web: municipality name to eenheid and CBS code, and the clock to Dutch local time.
/// Nothing about the citizen is stored.
/// </summary>
public sealed class TriageService(TriageEngine engine, MunicipalityResolver municipalities, ReferenceData reference, TimeProvider time)
{
    public IReadOnlySet<string> KnownEenheden { get; } = reference.Eenheden.Select(e => e.Id).ToHashSet();

    public TriagePolicySet Policies => engine.Policies;

    public bool IsKnownTopic(string? topic) => Policies.National.Topics.Any(t => t.Id == topic);

    public MunicipalityLookup Lookup(string? municipality)
    {
        if (string.IsNullOrWhiteSpace(municipality))
        {
            return new MunicipalityLookup(null, []) { Given = false };
        }
        var candidates = municipalities.Candidates(municipality);
        return new MunicipalityLookup(candidates is [var only] ? only : null, candidates.Select(c => c.Municipality.Name).ToList());
    }

    /// <param name="eenheid">The unit when no municipality is known, e.g. the queue of a chat (regional overrides apply).</param>
    public TriageResult Evaluate(string topic, TriageAnswers answers, MunicipalityMatch? municipality, string channel = Channels.Web, string? eenheid = null)
    {
        var local = TimeOnly.FromDateTime(DutchTime.ToLocal(time.GetUtcNow()).DateTime);
        return engine.Evaluate(new TriageSituation(topic, answers, local, channel, municipality?.Eenheid.Id ?? eenheid, municipality?.Municipality.Code));
    }
}
