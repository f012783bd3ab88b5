using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Meldingen;

public sealed record CreateMeldingRequest(
    string? Category, string? Description, MeldingLocation? Location, DateTimeOffset? OccurredAt, bool HappeningNow,
    MeldingContact? Contact, string? Language);

public sealed record MeldingCreated(string Reference, string? TrackingCode, string Basisteam, string Eenheid);

/// <summary>The answer when the situation is happening now and may be dangerous: call 112, nothing was stored.</summary>
public sealed record SpoedInstruction(string Instruction, string Phone, LocalText Message);

public sealed record MeldingStatusResponse(
    string Reference, string Category, string Status, string StatusText, DateTimeOffset SubmittedAt, string Basisteam,
    string? Outcome, string? OutcomeText, DateTimeOffset? OutcomeAt);

public sealed record CategoryResponse(
    string Id, LocalText Title, LocalText Help, bool DangerousWhenNow, int RespondWithinDays, IReadOnlyList<CategoryQuestion> Questions);

public static class MeldingenApi
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string TrackingCodeHeader = "X-Tracking-Code";

    public static IEndpointRouteBuilder MapMeldingenApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/meldingen").WithTags("Meldingen").AllowAnonymous();
        group.MapPost("/", Create).RequireRateLimiting(RateLimits.Submit)
            .WithSummary("Registers a melding (nuisance or suspicious situation) and routes it to the basisteam; 200 with a 112 instruction when it is happening now and may be dangerous.");
        group.MapGet("/categories", Categories).RequireRateLimiting(RateLimits.Api)
            .WithSummary("The categories with their follow-up questions, in Dutch and English.");
        group.MapGet("/{reference}", Status).RequireRateLimiting(RateLimits.Verify)
            .WithSummary("Public status and outcome of a melding; needs the tracking code in the X-Tracking-Code header.");
        return app;
    }

    private static async Task<Results<Created<MeldingCreated>, Ok<MeldingCreated>, Ok<SpoedInstruction>, ValidationProblem>> Create(
        CreateMeldingRequest request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, MeldingService meldingen, CancellationToken ct)
    {
        var result = await meldingen.SubmitAsync(new MeldingSubmission(
            request.Category, request.Description, request.Location, request.OccurredAt, request.HappeningNow, request.Contact,
            request.Language, MeldingChannels.Api, IdempotencyKey: idempotencyKey), ct);
        return result switch
        {
            MeldingSubmitResult.Registered { Repeated: true } r => TypedResults.Ok(Created(r)),
            MeldingSubmitResult.Registered r => TypedResults.Created(MeldingLinks.Tracking(r.Reference, null), Created(r)),
            MeldingSubmitResult.Spoed112 s => TypedResults.Ok(new SpoedInstruction("spoed-112", "112", s.Message)),
            MeldingSubmitResult.Invalid i => TypedResults.ValidationProblem(
                i.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => $"{e.Message.Nl} / {e.Message.En}").ToArray()),
                title: "De melding is niet compleet of niet juist. / The report is incomplete or incorrect."),
            _ => throw new InvalidOperationException(result.GetType().Name),
        };
    }

    private static MeldingCreated Created(MeldingSubmitResult.Registered r) => new(r.Reference, r.TrackingCode, r.Basisteam, r.Eenheid);

    private static Ok<IEnumerable<CategoryResponse>> Categories(MeldingCatalog catalog) =>
        TypedResults.Ok(catalog.Categories.Select(c => new CategoryResponse(c.Id, c.Title, c.Help, c.DangerousWhenNow, c.RespondWithinDays, c.Questions)));

    private static async Task<Results<Ok<MeldingStatusResponse>, NotFound>> Status(
        string reference, [FromHeader(Name = TrackingCodeHeader)] string? trackingCode, [FromQuery] string? language,
        MeldingTracking tracking, CancellationToken ct)
    {
        var status = await tracking.FindAsync(reference, trackingCode, ct);
        if (status is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new MeldingStatusResponse(
            status.Reference, status.Category, status.Status, status.StatusText.For(language), status.SubmittedAt, status.Basisteam,
            status.Outcome, status.OutcomeText?.For(language), status.OutcomeAt));
    }
}
