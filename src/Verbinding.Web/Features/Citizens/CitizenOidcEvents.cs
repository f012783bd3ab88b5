using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Verbinding.Web.Features.Citizens;

/// <summary>What happens around a DigiD sign-in: keep only BSN and name, and never show a stack trace to a citizen.</summary>
public sealed partial class CitizenOidcEvents(CitizenLogReference logReference, ILogger<CitizenOidcEvents> logger) : OpenIdConnectEvents
{
    public override Task TokenValidated(TokenValidatedContext context)
    {
        var citizen = context.Principal is null ? null : CitizenPrincipal.FromProvider(context.Principal);
        if (citizen is null)
        {
            LogRejected(logger);
            context.Fail("The identity provider did not send a valid BSN and name.");
            return Task.CompletedTask;
        }
        context.Principal = citizen;
        Bsn.TryParse(citizen.FindFirst(CitizenAuthentication.BsnClaim)!.Value, out var bsn);
        LogSignedIn(logger, logReference.For(bsn));
        return Task.CompletedTask;
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        LogFailed(logger, context.Failure?.Message);
        context.Response.Redirect(CitizenAuthentication.SignInFailedPath);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    [LoggerMessage(LogLevel.Information, "Citizen signed in with DigiD (citizen ref {CitizenRef})")]
    private static partial void LogSignedIn(ILogger logger, string citizenRef);

    [LoggerMessage(LogLevel.Warning, "DigiD sign-in refused: no valid BSN and name in the id_token")]
    private static partial void LogRejected(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "DigiD sign-in failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string? reason);
}
