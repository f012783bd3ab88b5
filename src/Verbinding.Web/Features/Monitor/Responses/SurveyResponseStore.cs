using System.Text.Json;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Instrument;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Responses;

/// <summary>
/// The one way responses enter the database (the survey page and the demo generator both use it): rows and their
/// aggregate counts are written together. The caller owns the transaction.
/// </summary>
public sealed class SurveyResponseStore(Questionnaire questionnaire)
{
    public SurveyResponse Create(ContactMetadata metadata, SurveyAnswers answers) => new()
    {
        QuestionnaireId = questionnaire.Id,
        QuestionnaireVersion = questionnaire.Version,
        EenheidId = metadata.EenheidId,
        BasisteamId = metadata.BasisteamId,
        Channel = metadata.Channel,
        ContactType = metadata.ContactType,
        Topic = metadata.Topic,
        Month = metadata.Month,
        WoutOnly = metadata.WoutOnly,
        Overall = answers.Overall ?? 0,
        Grade = answers.Grade,
        Trust = answers.Trust,
        ItemAnswers = JsonSerializer.Serialize(answers.Items.Where(i => i.Value is not null).ToDictionary(i => i.Key, i => i.Value)),
        Comment = string.IsNullOrWhiteSpace(answers.Comment) ? null : answers.Comment.Trim(),
        ContactPermission = answers.ContactPermission,
    };

    private static readonly string[] Columns =
    [
        "Id", "QuestionnaireId", "QuestionnaireVersion", "EenheidId", "BasisteamId", "Channel", "ContactType", "Topic", "Month", "WoutOnly",
        "Overall", "Grade", "Trust", "ItemAnswers", "Comment", "ContactPermission",
    ];

    private static object?[] Row(SurveyResponse r) =>
        [r.Id, r.QuestionnaireId, r.QuestionnaireVersion, r.EenheidId, r.BasisteamId, r.Channel, r.ContactType, r.Topic, r.Month, r.WoutOnly,
            r.Overall, r.Grade, r.Trust, r.ItemAnswers, r.Comment, r.ContactPermission];

    /// <summary>True when the team should call back: a negative overall answer and permission to contact.</summary>
    public bool NeedsFollowUp(SurveyResponse response) =>
        response.ContactPermission && questionnaire.ScaleOf(questionnaire["overall"]).IsNegative(response.Overall);

    /// <summary>Stores the responses (many rows per statement) and adds them, with <paramref name="extra"/> invitations, to every aggregate.</summary>
    public async Task AddAsync(VerbindingDbContext db, IReadOnlyCollection<SurveyResponse> responses, Dictionary<ContactMetadata, AggregateDelta>? extra, CancellationToken ct)
    {
        await AggregateUpsert.InsertAsync(db, "SurveyResponses", Columns, [.. responses.Select(Row)], "", ct);
        var deltas = AggregateWriter.Collect(responses);
        foreach (var (key, delta) in extra ?? [])
        {
            AggregateWriter.For(deltas, key).Invited += delta.Invited;
        }
        await AggregateWriter.AddAsync(db, deltas, ct, AggregateWriter.CollectItems(responses));
    }
}
