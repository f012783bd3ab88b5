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
    private readonly Uri _endpoint = Uri.TryCreate(options.Value.Sms.BaseUrl?.TrimEnd('/') + "/v2/notifications/sms", UriKind.Absolute, out var endpoint)
        ? endpoint : throw new InvalidOperationException("Notifications:Sms:BaseUrl must be the gateway's absolute address when an API key is set.");
    private readonly string _templateId = options.Value.Sms.TemplateId is { Length: > 0 } template
        ? template : throw new InvalidOperationException("Notifications:Sms:TemplateId must be set when an API key is set.");

    public NotificationChannel Channel => NotificationChannel.Sms;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(notification.Recipient))
        {
            throw new InvalidOperationException("An SMS notification has no phone number.");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = JsonContent.Create(new Dictionary<string, object>
            {
                ["phone_number"] = notification.Recipient,
                ["template_id"] = _templateId,
                ["personalisation"] = new Dictionary<string, string> { [TextPlaceholder] = notification.Content.ShortText },
                ["reference"] = notification.IdempotencyKey,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key.BearerToken(time.GetUtcNow()));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Sms.Timeout);
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            // The body names the problem (e.g. "Can't send to this recipient using a team-only API key"); it has no number.
            var reason = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"SMS gateway answered {(int)response.StatusCode}: {reason[..Math.Min(reason.Length, 200)]}", null, response.StatusCode);
        }
    }
}
