namespace Verbinding.Assistant.Dialogue.Melding;

/// <summary>
/// A melding the citizen confirmed in the chat, for the host to register. Wout has no storage: the host files it and
/// tells Wout the outcome (<see cref="DialogueEngine.MeldingRegistered"/>, <see cref="DialogueEngine.MeldingRefused"/>).
/// </summary>
/// <param name="Answers">The category's follow-up answers by question id (option id, "ja"/"nee" or text).</param>
public sealed record MeldingDraft(
    string Category,
    string Description,
    string? Municipality,
    string? Street,
    string? HouseNumber,
    string? Postcode,
    string? PlaceDescription,
    DateTimeOffset? OccurredAt,
    bool HappeningNow,
    string? Email,
    string? Phone,
    string Language,
    IReadOnlyDictionary<string, string> Answers);
