using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Conversations.Messaging;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

public sealed class WhatsAppWebhookTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly VerbindingApplication _app = fixture.App;
    private readonly HttpClient _client = fixture.App.CreateClient();

    private WhatsAppPhone NewPhone() => new(_app, _client);

    [Fact]
    public async Task Message_signed_with_another_secret_is_refused_and_not_stored()
    {
        var phone = NewPhone();
        var body = WhatsAppPayloads.TextMessage(phone.Number, WhatsAppPhone.NewMessageId(), DateTimeOffset.UtcNow, "Mijn fiets is gestolen");

        var wrongSecret = await phone.PostAsync(body, secret: "someone-elses-app-secret");
        var unsigned = await phone.PostAsync(body, secret: null);
        var garbage = await phone.PostAsync(body, signature: "sha256=not-hex");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Empty(await phone.ConversationsAsync());
    }

    [Fact]
    public async Task Body_changed_after_signing_is_refused()
    {
        var phone = NewPhone();
        var body = WhatsAppPayloads.TextMessage(phone.Number, WhatsAppPhone.NewMessageId(), DateTimeOffset.UtcNow, "Hallo");
        var signature = WebhookSignature.Sign(System.Text.Encoding.UTF8.GetBytes(body), WhatsAppOptions.DevelopmentSecret);

        var response = await phone.PostAsync(body.Replace("Hallo", "Hallo!", StringComparison.Ordinal), signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Replayed_message_is_stored_once()
    {
        var phone = NewPhone();
        var id = WhatsAppPhone.NewMessageId();
        var sentAt = DateTimeOffset.UtcNow;

        var first = await phone.SendAsync("Er is ingebroken in mijn schuur", id, sentAt);
        var replay = await phone.SendAsync("Er is ingebroken in mijn schuur", id, sentAt);

        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        Assert.Equal(1, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicates").GetInt32());
        var conversation = Assert.Single(await phone.ConversationsAsync());
        Assert.Single(conversation.Messages, m => m.AuthorKind == AuthorKinds.Citizen);
    }

    [Fact]
    public async Task Message_older_than_five_minutes_is_refused()
    {
        var phone = NewPhone();

        var response = await phone.SendAsync("Mijn fiets is gestolen", sentAt: DateTimeOffset.UtcNow.AddMinutes(-6));

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stale").GetInt32());
        Assert.Empty(await phone.ConversationsAsync());
    }

    [Fact]
    public async Task Wout_answers_on_the_phone_and_later_messages_join_the_same_conversation()
    {
        var phone = NewPhone();

        Assert.Equal(HttpStatusCode.OK, (await phone.SendAsync("Mijn fiets is gestolen")).StatusCode);
        await phone.SendAsync("Hij stond bij het station");

        var conversation = Assert.Single(await phone.ConversationsAsync());
        Assert.Equal(2, conversation.Messages.Count(m => m.AuthorKind == AuthorKinds.Citizen));
        Assert.NotNull(conversation.CitizenId);
        Assert.DoesNotContain(phone.Number[2..], conversation.ChannelAddress, StringComparison.Ordinal); // encrypted at rest
        var received = await phone.ReceivedAsync();
        Assert.NotEmpty(received);
        Assert.Equal(conversation.Messages.Count(m => m.AuthorKind == AuthorKinds.Bot), received.Count);
    }

    [Fact]
    public async Task Verification_handshake_echoes_the_challenge_only_for_the_right_token()
    {
        var good = await _client.GetAsync($"{WhatsAppWebhookApi.Path}?hub.mode=subscribe&hub.verify_token=development-only-verify-token&hub.challenge=1158201444");
        var bad = await _client.GetAsync($"{WhatsAppWebhookApi.Path}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("1158201444", await good.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, bad.StatusCode);
    }
}
