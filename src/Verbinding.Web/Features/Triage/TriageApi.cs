using Microsoft.AspNetCore.Http.HttpResults;
using Verbinding.Triage.Evaluation;
using Verbinding.Triage.Policy;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Triage;

/// <summary>Public, anonymous and stateless: the same answers as Wout and the decision aid give, for any channel.</summary>
public static class TriageApi
{
    public static IEndpointRouteBuilder MapTriageApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/triage")
            .WithTags("Triage")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Api);
        group.MapPost("/", Triage).WithSummary("The ordered meaningful interventions for a situation, with a reason for each.");
        group.MapGet("/policy", GetPolicy).WithSummary("The triage policy in force: version, interventions, service levels, topics.");
        return app;
    }

    private static Results<Ok<TriageResponse>, ValidationProblem> Triage(TriageRequest request, TriageService triage)
    {
        var errors = new Dictionary<string, string[]>();
        var language = request.Language?.Trim().ToLowerInvariant() ?? Languages.Dutch;
        var channel = request.Channel ?? Channels.Web;
        var municipality = triage.Lookup(request.Municipality);
        if (!triage.IsKnownTopic(request.Topic))
        {
            errors["topic"] = [$"Onbekend onderwerp '{request.Topic}'. Zie GET /api/v1/triage/policy voor de onderwerpen. / Unknown topic '{request.Topic}'. See GET /api/v1/triage/policy for the topics."];
        }
        if (!municipality.IsValid)
        {
            errors["municipality"] = [MunicipalityError(request.Municipality!, municipality.Candidates)];
        }
        if (!Languages.IsSupported(language))
        {
            errors["language"] = ["Kies 'nl' of 'en'. / Choose 'nl' or 'en'."];
        }
        if (!Channels.All.Contains(channel))
        {
            errors["channel"] = [$"Onbekend kanaal. Kies uit: {string.Join(", ", Channels.All)}. / Unknown channel. Choose from: {string.Join(", ", Channels.All)}."];
        }
        if (request.Answers?.Age is < 0 or > 130)
        {
            errors["answers.age"] = ["Leeftijd moet tussen 0 en 130 liggen. / Age must be between 0 and 130."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "De vraag is niet compleet. / The request is not valid.");
        }
        var result = triage.Evaluate(request.Topic!, request.Answers ?? TriageAnswers.None, municipality.Match, channel);
        return TypedResults.Ok(new TriageResponse(
            result.Options.Select(o => new TriageOptionResponse(o.Intervention, o.Partner, o.Href, o.Explanation.For(language))).ToList(),
            result.PolicyVersion));
    }

    private static Results<Ok<TriagePolicyResponse>, ValidationProblem> GetPolicy(TriageService triage, string? eenheid, string? language)
    {
        if (eenheid is not null && !triage.KnownEenheden.Contains(eenheid))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["eenheid"] = [$"Onbekende eenheid '{eenheid}'. / Unknown eenheid '{eenheid}'."],
            });
        }
        var lang = Languages.IsSupported(language) ? language! : Languages.Dutch;
        var policy = triage.Policies.For(eenheid);
        var national = triage.Policies.National;
        return TypedResults.Ok(new TriagePolicyResponse(policy.Version, policy.Eenheid, national.Interventions, policy.ServiceLevels,
            national.Topics.Select(t => new TriageTopicResponse(t.Id, t.Label.For(lang), t.Questions)).ToList()));
    }

    private static string MunicipalityError(string name, IReadOnlyList<string> candidates) => candidates.Count > 1
        ? $"'{name}' kan meerdere gemeenten zijn: {string.Join(", ", candidates)}. Kies er één. / '{name}' could be several municipalities: {string.Join(", ", candidates)}. Choose one."
        : $"Onbekende gemeente '{name}'. Gebruik de naam van een Nederlandse gemeente, bijvoorbeeld Utrecht. / Unknown municipality '{name}'. Use the name of a Dutch municipality, for example Utrecht.";
}
