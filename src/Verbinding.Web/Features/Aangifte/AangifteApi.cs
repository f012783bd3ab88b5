using Microsoft.AspNetCore.Http.HttpResults;
using Verbinding.Triage.Policy;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Aangifte;

public sealed record AangifteTypeResponse(string Id, string Title, bool OnlineAllowed, string Help, string TriageTopic, int Steps, string Href);

public sealed record VerificationResponse(bool Valid, string Type, string RegisteredOn);

public static class AangifteApi
{
    public static IEndpointRouteBuilder MapAangifteApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/aangifte/types", GetTypes)
            .WithTags("Aangifte").AllowAnonymous().RequireRateLimiting(RateLimits.Api)
            .WithSummary("Every offence type, also those that cannot be reported online (the guide explains the alternative).");
        app.MapGet("/api/v1/verify/{registrationNumber}", Verify)
            .WithTags("Aangifte").AllowAnonymous().RequireRateLimiting(RateLimits.Verify)
            .WithSummary("For insurers: does this registration number and verification code belong to a registered aangifte? No personal data.");
        app.MapGet("/mijn/zaken/{id:guid}/bewijs.pdf", DownloadProof)
            .RequireAuthorization(CitizenAuthentication.Policy).ExcludeFromDescription();
        return app;
    }

    private static Ok<IReadOnlyList<AangifteTypeResponse>> GetTypes(AangifteTypeCatalog catalog, string? language)
    {
        var lang = Languages.IsSupported(language) ? language! : Languages.Dutch;
        return TypedResults.Ok<IReadOnlyList<AangifteTypeResponse>>(catalog.Types
            .Select(t => new AangifteTypeResponse(t.Id, t.Title.For(lang), t.OnlineAllowed, t.Help.For(lang), t.TriageTopic, t.Steps.Count, $"/aangifte/nieuw?type={t.Id}"))
            .ToList());
    }

    private static async Task<Results<Ok<VerificationResponse>, NotFound>> Verify(string registrationNumber, string? code, VerificationService verification, CancellationToken ct)
    {
        var result = await verification.VerifyAsync(registrationNumber, code, ct);
        return result is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new VerificationResponse(true, result.TypeId, result.RegisteredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadProof(Guid id, CurrentCitizen citizen, AangifteService aangiftes, ProofOfReport proof, AangifteTypeCatalog catalog, CancellationToken ct)
    {
        var aangifte = await aangiftes.FindMineAsync(citizen.Bsn!.Value, id, ct);
        if (aangifte is not { Status: AangifteStatus.Geregistreerd })
        {
            return TypedResults.NotFound();
        }
        var pdf = proof.Render(aangifte, catalog.Find(aangifte.TypeId)!);
        return TypedResults.File(pdf, "application/pdf", $"bewijs-van-aangifte-{aangifte.RegistrationNumber}.pdf");
    }
}
