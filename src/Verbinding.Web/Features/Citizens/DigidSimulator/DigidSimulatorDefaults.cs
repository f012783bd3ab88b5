namespace Verbinding.Web.Features.Citizens.DigidSimulator;

/// <summary>Fixed values of the simulated DigiD. None of them protect anything real: the simulator never runs in Production.</summary>
public static class DigidSimulatorDefaults
{
    public const string PathPrefix = "/digid-sim";
    public const string AuthorizePath = PathPrefix + "/connect/authorize";
    public const string TokenPath = PathPrefix + "/connect/token";
    public const string DiscoveryPath = PathPrefix + "/.well-known/openid-configuration";
    public const string JwksPath = PathPrefix + "/.well-known/jwks";
    public const string LoginPath = PathPrefix + "/login";

    /// <summary>The simulator's own short-lived cookie: who the tester picked, until the code is issued.</summary>
    public const string LoginScheme = "DigidSimulator";

    /// <summary>Used when <c>CitizenIdentity:ClientSecret</c> is empty; both ends of the simulated flow read it.</summary>
    public const string ClientSecret = "simulator-only-not-a-secret";
}
