namespace Verbinding.Web.Features.Staff.Tokens;

/// <summary>Scopes a personal access token can carry; each API group requires one.</summary>
public static class ApiScopes
{
    public const string AuditRead = "audit:read";
    public const string MonitorRead = "monitor:read";
    public const string CasesRead = "cases:read";

    public static readonly IReadOnlyList<string> All = [AuditRead, MonitorRead, CasesRead];

    public const string ClaimType = "scope";
}
