using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Tests.Appointments;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

/// <summary>Following Wout's call-back offer: the booking names the chat, and the chat leaves the queue with the promised time.</summary>
public sealed class CallBackFromChatTests
{
    [Fact]
    public async Task Booking_from_the_offer_closes_the_waiting_chat_with_the_promised_time()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        var chat = await app.CreateClient().StartChatAsync(municipality: "Utrecht");
        var api = app.CreateClient();
        await api.SayAsync(chat, ChatApi.Medewerker);
        using var citizen = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(1);
        var link = $"{ConversationService.CallBackLink(Guid.Parse(chat.Id))}&dag={day}";

        var times = await citizen.GetPageAsync(link);
        var slot = times.QuerySelectorAll<IHtmlInputElement>("input[name=Start]:not([disabled])").First().Value;
        Assert.Equal(Guid.Parse(chat.Id).ToString("N"), times.QuerySelector<IHtmlInputElement>("input[name=Gesprek]")!.Value);
        var booked = await citizen.PostFormAsync(link, Confirm(day, slot, Guid.Parse(chat.Id).ToString("N")));

        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var appointment = await app.WithDbAsync(db => db.Set<Appointment>().SingleAsync(a => a.Kind == AppointmentKind.CallBack));
        Assert.Equal("chat", appointment.Reason);
        var messages = await api.TranscriptAsync(chat);
        Assert.Contains(appointment.Reference, messages[^1].GetProperty("text").GetString(), StringComparison.Ordinal);
        var conversation = await app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == Guid.Parse(chat.Id)));
        Assert.Equal((ConversationStates.Closed, Outcomes.CallBack), (conversation.State, conversation.Outcome));
    }

    [Fact]
    public async Task A_chat_a_colleague_has_claimed_is_not_closed_by_a_booking_naming_it()
    {
        await using var smtp = await TestSmtpServer.StartAsync();
        await using var app = await AppointmentsApp.StartAsync(smtp);
        var api = app.CreateClient();
        var chat = await api.StartChatAsync(municipality: "Utrecht");
        await api.SayAsync(chat, ChatApi.Medewerker);
        var agent = await app.AgentAsync();
        await app.AsAgentAsync(s => s.ClaimAsync(Guid.Parse(chat.Id), agent, default));
        using var citizen = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(1);
        var slot = await FreeCallBackSlotAsync(citizen, day);

        await citizen.PostFormAsync($"/terugbellen?dag={day}", Confirm(day, slot, Guid.Parse(chat.Id).ToString("N")));

        var state = await app.WithDbAsync(db => db.Set<Conversation>().Where(c => c.Id == Guid.Parse(chat.Id)).Select(c => c.State).SingleAsync());
        Assert.Equal(ConversationStates.Agent, state);
    }

    private static async Task<string> FreeCallBackSlotAsync(HttpClient client, string day) =>
        (await client.GetPageAsync($"/terugbellen?reden=vraag&dag={day}"))
            .QuerySelectorAll<IHtmlInputElement>("input[name=Start]:not([disabled])").First().Value;

    private static Dictionary<string, string> Confirm(string day, string slot, string gesprek) => new()
    {
        ["Step"] = "4", ["Dag"] = day, ["Start"] = slot, ["Reden"] = "chat", ["Gemeente"] = "Utrecht", ["Gesprek"] = gesprek,
        ["Name"] = "Kees Bakker", ["Phone"] = "06-12345678", ["Email"] = "", ["Go"] = "send",
    };
}
