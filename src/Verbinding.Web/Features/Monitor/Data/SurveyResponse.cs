namespace Verbinding.Web.Features.Monitor.Data;

/// <summary>
/// An answered survey, without identity: no citizen, no invitation, no exact time (a random id and the month only),
/// so a response cannot be traced back to a person through the database.
/// </summary>
public sealed class SurveyResponse
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string QuestionnaireId { get; set; }

    public int QuestionnaireVersion { get; set; }

    public required string EenheidId { get; set; }

    public string BasisteamId { get; set; } = "";

    public required string Channel { get; set; }

    public required string ContactType { get; set; }

    public string Topic { get; set; } = "";

    public int Month { get; set; }

    public bool WoutOnly { get; set; }

    /// <summary>The CBS overall satisfaction: 1-5, or 0 for "geen oordeel".</summary>
    public int Overall { get; set; }

    public int? Grade { get; set; }

    public int? Trust { get; set; }

    /// <summary>The other scale items by question id, as JSON: versions may add or drop items.</summary>
    public string ItemAnswers { get; set; } = "{}";

    public string? Comment { get; set; }

    public bool ContactPermission { get; set; }

    public IReadOnlyDictionary<string, int> ItemValues() =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(ItemAnswers) ?? [];

    public ContactMetadata Metadata => new(EenheidId, BasisteamId, Channel, ContactType, Topic, Month, WoutOnly);
}
