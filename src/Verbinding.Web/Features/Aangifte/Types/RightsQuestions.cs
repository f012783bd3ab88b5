namespace Verbinding.Web.Features.Aangifte;

/// <summary>The victims' rights questions asked at an aangifte (Sv art. 51a-51h); the answers are stored with it.</summary>
public static class RightsQuestions
{
    public const string KeepInformed = "keepInformed";
    public const string Compensation = "compensation";
    public const string Slachtofferhulp = "slachtofferhulp";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { KeepInformed, Compensation, Slachtofferhulp };
}
