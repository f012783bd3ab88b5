using System.Net;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

/// <summary>The /chat page and the agents' workspace driven as a browser without JavaScript would: forms and redirects.</summary>
public sealed class ChatPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly VerbindingApplication _app = fixture.App;

    [Fact]
    public async Task Without_JavaScript_a_citizen_chats_with_Wout_by_posting_the_form()
    {
        var citizen = _app.CreateBrowserClient();

        var started = await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Municipality"] = "Utrecht" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var cookie = Assert.Single(started.Headers.GetValues("Set-Cookie"), h => h.StartsWith("verbinding.chat=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var sent = await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Text"] = "mijn fiets is gestolen" }, "#chat-form");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var page = await citizen.GetPageAsync("/chat");
        var messages = page.QuerySelectorAll("#chat-list > li").Select(li => li.ClassName).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Contains("chat-message--citizen", messages[1]);
        Assert.Equal("mijn fiets is gestolen", page.QuerySelectorAll(".chat-message__text")[1].TextContent);
        Assert.Equal("log", page.QuerySelector("#chat-log")!.GetAttribute("role"));
    }

    [Fact]
    public async Task Posting_the_same_rendered_form_twice_stores_the_message_once()
    {
        var citizen = _app.CreateBrowserClient();
        await citizen.PostFormAsync("/chat", new Dictionary<string, string>());
        var page = await citizen.GetPageAsync("/chat");
        var fields = new Dictionary<string, string>
        {
            ["Text"] = "hallo",
            ["ClientMessageId"] = page.QuerySelector("#chat-form input[name=ClientMessageId]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = page.QuerySelector("#chat-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };

        await citizen.PostAsync("/chat?handler=Send", new FormUrlEncodedContent(fields));
        await citizen.PostAsync("/chat?handler=Send", new FormUrlEncodedContent(fields));

        var after = await citizen.GetPageAsync("/chat");
        Assert.Single(after.QuerySelectorAll(".chat-message--citizen"));
    }

    [Fact]
    public async Task Agent_claims_replies_and_closes_in_the_workspace_and_the_citizen_sees_it_on_refresh()
    {
        var citizen = _app.CreateBrowserClient();
        await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Municipality"] = "Amersfoort" });
        await citizen.PostFormAsync("/chat", new Dictionary<string, string> { ["Text"] = ChatApi.Medewerker }, "#chat-form");
        var agent = await _app.SignInAsStaffAsync(await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland"));

        var workspace = await agent.GetPageAsync("/medewerker/gesprekken");
        var row = workspace.QuerySelectorAll("tr[data-conversation]").Last();
        var id = row.GetAttribute("data-conversation")!;
        var claim = await agent.PostFormAsync("/medewerker/gesprekken", new Dictionary<string, string>(), $"tr[data-conversation='{id}'] form");
        Assert.Equal($"/medewerker/gesprekken/{id}", claim.Headers.Location!.OriginalString);

        var detail = $"/medewerker/gesprekken/{id}";
        await agent.PostFormAsync(detail, new Dictionary<string, string> { ["Text"] = "Goedemiddag, waarmee kan ik helpen?" }, "#reply-form");
        var citizenView = await citizen.GetPageAsync("/chat");
        Assert.Equal("Goedemiddag, waarmee kan ik helpen?", citizenView.QuerySelectorAll(".chat-message--agent .chat-message__text").Single().TextContent);

        await agent.PostFormAsync(detail, new Dictionary<string, string> { ["Outcome"] = "beantwoord" }, "form[action*='handler=Close']");
        var closed = await citizen.GetPageAsync("/chat");
        Assert.Null(closed.QuerySelector("#chat-form"));
    }

    [Fact]
    public async Task Workspace_is_for_staff_only()
    {
        var anonymous = _app.CreateBrowserClient();

        var response = await anonymous.GetAsync("/medewerker/gesprekken");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/medewerker/inloggen", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
