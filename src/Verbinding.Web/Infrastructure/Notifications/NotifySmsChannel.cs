using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>
/// Sends SMS through a GOV.UK Notify API (NotifyNL): <c>POST /v2/notifications/sms</c> with the number in E.164, the
/// configured template and the text as its one placeholder. The idempotency key goes along as the reference, so a
/// message can be traced at the gateway without the phone number. A refusal or an outage throws, and the dispatcher
/// retries with backoff like a failed e-mail.
/// </summary>
public sealed class NotifySmsChannel(HttpClient http, IOptions<NotificationOptions> options, TimeProvider time) : ISmsChannel
{
    public const string HttpClientName = "notify-sms";
    public const string TextPlaceholder = "bericht";

    private readonly NotifyApiKey _key = new(options.Value.Sms.ApiKey ?? throw new InvalidOperationException("Notifications:Sms:ApiKey is not set."));

    public NotificationChannel Channel => NotificationChannel.Sms;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(notification.Recipient))
        {
            throw new InvalidOperationException("An SMS notification has no phone number.");
        }
        var sms = options.Value.Sms;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(sms.BaseUrl!.TrimEnd('/') + "/"), "v2/notifications/sms"))
        {
            Content = JsonContent.Create(new Dictionary<string, object>
            {
                ["phone_number"] = notification.Recipient,
                ["template_id"] = sms.TemplateId!,
                ["personalisation"] = new Dictionary<string, string> { [TextPlaceholder] = notification.Content.ShortText },
                ["reference"] = notification.IdempotencyKey,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key.BearerToken(time.GetUtcNow()));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(sms.Timeout);
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            // The body names the problem (e.g. "Can't send to this recipient using a team-only API key"); it has no number.
            var reason = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"SMS gateway answered {(int)response.StatusCode}: {reason[..Math.Min(reason.Length, 200)]}", null, response.StatusCode);
        }
    }
}
