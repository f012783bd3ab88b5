namespace Verbinding.Triage.Policy;

/// <summary>
/// A topic (Wout's contract id) as triage knows it: a plain-language label for the decision aid, the yes/no
/// questions that matter for it (in the order to ask them) and whether the public decision aid lists it.
/// </summary>
public sealed record TopicDefinition(string Id, LocalizedText Label, IReadOnlyList<string> Questions, bool Public, string? OnlineType = null);

/// <summary>A question as shown to citizens; the id is an answer name (<see cref="Evaluation.AnswerNames"/>).</summary>
public sealed record QuestionDefinition(string Id, LocalizedText Text, LocalizedText? Hint = null);
