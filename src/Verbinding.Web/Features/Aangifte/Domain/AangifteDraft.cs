namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// An aangifte being written. Saved after every step (also when a step has errors, so nothing typed is lost) and
/// kept until <see cref="ExpiresAt"/>. <see cref="Answers"/> are field keys ("date", "items.0.brand") to values.
/// </summary>
public sealed class AangifteDraft
{
    public Guid Id { get; set; }

    /// <summary>Personal data: never logged; only the owner can open the draft.</summary>
    public required string CitizenBsn { get; set; }

    public required string TypeId { get; set; }

    public required string TypesVersion { get; set; }

    public Dictionary<string, string> Answers { get; set; } = [];

    /// <summary>Rows shown per repeat group ("items" -> 2).</summary>
    public Dictionary<string, int> Rows { get; set; } = [];

    /// <summary>How many steps passed validation in order; the citizen may open at most the next one.</summary>
    public int CompletedSteps { get; set; }

    public required EligibilityRecord Eligibility { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public Guid? SubmittedAangifteId { get; set; }

    /// <summary>
    /// Whether files were attached when the draft was read (<see cref="AangifteService.FindDraftAsync"/> reads it in the
    /// same query); not stored. Null when unknown: the submit then moves whatever files there are.
    /// </summary>
    public bool? HasAttachments { get; set; }

    public int RowsOf(string group) => Math.Max(1, Rows.GetValueOrDefault(group));
}

/// <summary>What the eligibility questions found, kept with the aangifte: the answers and the triage policy version.</summary>
public sealed record EligibilityRecord(Dictionary<string, bool?> Answers, int? Age, bool ParentInformed, string PolicyVersion, bool ReportedAgainstAdvice);
