using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verbinding.Web.Features.Conversations.Messaging;

// The parts of the WhatsApp Business Cloud API webhook we read: entry[].changes[].value.messages[].
public sealed record WhatsAppWebhook(string? Object, List<WhatsAppEntry>? Entry)
{
    public IEnumerable<WhatsAppMessage> Messages =>
        Entry?.SelectMany(e => e.Changes ?? []).SelectMany(c => c.Value?.Messages ?? []) ?? [];
}

public sealed record WhatsAppEntry(string? Id, List<WhatsAppChange>? Changes);

public sealed record WhatsAppChange(string? Field, WhatsAppValue? Value);

public sealed record WhatsAppValue(List<WhatsAppMessage>? Messages);

/// <summary>One inbound message; <c>timestamp</c> is Unix seconds as a string, <c>from</c> the number without a plus.</summary>
public sealed record WhatsAppMessage(string? From, string? Id, string? Timestamp, string? Type, WhatsAppText? Text);

public sealed record WhatsAppText(string? Body);

/// <summary>Builds webhook bodies as Meta sends them: for the Development simulator and for tests.</summary>
public static class WhatsAppPayloads
{
    public static string TextMessage(string from, string id, DateTimeOffset sentAt, string body) =>
        JsonSerializer.Serialize(new
        {
            @object = "whatsapp_business_account",
            entry = new[]
            {
                new
                {
                    id = "verbinding-sim",
                    changes = new[]
                    {
                        new
                        {
                            field = "messages",
                            value = new Dictionary<string, object>
                            {
                                ["messaging_product"] = "whatsapp",
                                ["metadata"] = new Dictionary<string, string> { ["display_phone_number"] = "319008844", ["phone_number_id"] = "sim" },
                                ["messages"] = new[] { new { from, id, timestamp = sentAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), type = "text", text = new { body } } },
                            },
                        },
                    },
                },
            },
        });

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
