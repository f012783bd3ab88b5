namespace Verbinding.Web.Features.Monitor.Responses;

/// <summary>What a citizen filled in (unvalidated). Items are the optional scale questions by id.</summary>
public sealed record SurveyAnswers(
    int? Overall,
    IReadOnlyDictionary<string, int?> Items,
    int? Grade,
    int? Trust,
    string? Comment,
    bool ContactPermission);

public sealed record AnswerError(string QuestionId, string MessageKey);
