using Verbinding.Web.Features.Privacy.Retention;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// <see cref="SurveyMaintenance"/> as a category of the purge job: expired invitations lose their link to the citizen,
/// and are deleted after <c>Monitor:DaysBetweenInvitations</c>.
/// </summary>
public sealed class SurveyTokenRetention(SurveyMaintenance maintenance) : IRetentionRule
{
    public string Category => "survey-tokens";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct) =>
        RetentionResult.OfAnonymised(await maintenance.PurgeAsync(ct));
}
