using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Verbinding.Browser.Tests.Infrastructure;
using Verbinding.Web.Features.Staff;

namespace Verbinding.Browser.Tests.Conversations;

[Collection(BrowserCollection.Name)]
public sealed partial class LiveChatTests(BrowserFixture browser)
{
    [Fact]
    public async Task Citizen_is_handed_to_an_agent_who_claims_chats_live_and_closes_and_Wout_stays_silent()
    {
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync("/chat");
        await citizen.Locator("#municipality").FillAsync("Utrecht");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Chat starten" }).ClickAsync();
        await Expect(citizen.Locator(".chat-message--bot")).ToHaveCountAsync(1);
        await Live(citizen);

        await Say(citizen, "ik wil een medewerker spreken");
        await Expect(citizen.Locator("#chat-state")).ToContainTextAsync("U wacht op een collega");
        var woutBeforeClaim = await citizen.Locator(".chat-message--bot").CountAsync();

        var agentUser = await browser.Server.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland");
        var agent = await browser.NewPageAsync();
        await agent.SignInAsync(agentUser, "/medewerker/gesprekken");
        var row = agent.Locator("tr[data-conversation]").Last;
        await row.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).ClickAsync();
        await agent.WaitForURLAsync(ConversationUrl());
        await Expect(agent.Locator("[data-testid=state]")).ToHaveTextAsync("Bij collega");
        await Live(agent);
        await Expect(citizen.Locator("#chat-state")).ToContainTextAsync("U chat nu met een collega");

        await agent.Locator("#reply").FillAsync("Goedemiddag, u spreekt met de politie. Waarmee kan ik helpen?");
        await agent.Locator("#reply").PressAsync("Enter");
        await Expect(citizen.Locator(".chat-message--agent .chat-message__text")).ToHaveTextAsync("Goedemiddag, u spreekt met de politie. Waarmee kan ik helpen?");

        await Say(citizen, "mijn fiets is gestolen");
        await Expect(agent.Locator(".chat-message--citizen .chat-message__text").Last).ToHaveTextAsync("mijn fiets is gestolen");

        await agent.Locator("#outcome").SelectOptionAsync("beantwoord");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Gesprek sluiten" }).ClickAsync();
        await Expect(citizen.Locator("#chat-state")).ToContainTextAsync("Dit gesprek is gesloten");
        await Expect(citizen.Locator("#chat-form")).ToBeHiddenAsync();
        // The politiemonitor's invitation arrives live as the chat's last message (chat trigger: no delay).
        await Expect(citizen.GetByRole(AriaRole.Link, new() { Name = "Vragenlijst invullen" })).ToHaveAttributeAsync("href", new Regex("^/tevredenheid/"));
        Assert.Equal(woutBeforeClaim, await citizen.Locator(".chat-message--bot").CountAsync());

        var violations = (await citizen.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Without_JavaScript_the_citizen_chats_by_form_and_refresh()
    {
        var citizen = await browser.NewPageAsync(javaScript: false);
        await citizen.GotoAsync("/chat");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Chat starten" }).ClickAsync();

        await citizen.Locator("#bericht").FillAsync("mijn fiets is gestolen");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();

        await Expect(citizen.Locator(".chat-message--citizen .chat-message__text")).ToHaveTextAsync("mijn fiets is gestolen");
        // Wout's reply comes after the citizen's message in the page, and the browser applies autofocus only at its next
        // rendering step: both can lag the text above, so wait for them rather than read once.
        await Expect(citizen.Locator(".chat-message--bot").Nth(1)).ToBeAttachedAsync();
        await Expect(citizen.Locator("#bericht")).ToBeFocusedAsync();
    }

    private static async Task Say(IPage citizen, string text)
    {
        var before = await citizen.Locator(".chat-message--citizen").CountAsync();
        await citizen.Locator("#bericht").FillAsync(text);
        await citizen.Locator("#bericht").PressAsync("Enter");
        await Expect(citizen.Locator(".chat-message--citizen")).ToHaveCountAsync(before + 1);
        // The live echo can show the message before the send's acknowledgement empties the box: wait for both.
        await Expect(citizen.Locator("#bericht")).ToHaveValueAsync("");
        await Expect(citizen.Locator("#bericht")).ToBeFocusedAsync();
    }

    /// <summary>Waits until the page's script has joined its SignalR groups, so live messages reach it.</summary>
    private static Task Live(IPage page) =>
        page.WaitForFunctionAsync("() => document.querySelector('[data-live=true]') !== null");

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"/medewerker/gesprekken/[0-9a-f-]{36}$")]
    private static partial Regex ConversationUrl();
}
