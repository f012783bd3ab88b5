using System.Text.Json;

namespace Verbinding.Triage.Loading;

internal static class TriageJson
{
    /// <summary>camelCase, comments and trailing commas allowed (policy files are edited by hand), unknown fields rejected.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static readonly JsonSerializerOptions Strict = new(Options)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };
}
