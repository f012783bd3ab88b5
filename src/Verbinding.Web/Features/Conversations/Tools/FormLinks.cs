using Verbinding.Assistant.Dialogue.Melding;
using Verbinding.Web.Features.Aangifte;

namespace Verbinding.Web.Features.Conversations.Tools;

/// <summary>An online form the colleague can send, already filled in as far as the conversation allows.</summary>
public sealed record FormLink(string Id, string Href);

/// <summary>
/// Which forms fit a conversation and their prefilled links, with the same parameters the pages and Wout use:
/// the offence type for an online aangifte, the category for a melding, the conversation for a call-back.
/// </summary>
public static class FormLinks
{
    public const string Aangifte = "aangifte";
    public const string Melding = "melding";
    public const string Afspraak = "afspraak";
    public const string Terugbellen = "terugbellen";

    private const string MeldingTopicPrefix = "melding-";

    public static IReadOnlyList<FormLink> For(
        Guid conversationId, string? topic, IReadOnlyDictionary<string, string> answers, AangifteTypeCatalog types, MeldingCategories categories)
    {
        var links = new List<FormLink>();
        if (types.Types.FirstOrDefault(t => t.OnlineAllowed && t.TriageTopic == topic) is { } type)
            links.Add(new FormLink(Aangifte, $"/aangifte/nieuw?type={Uri.EscapeDataString(type.Id)}"));
        links.Add(new FormLink(Melding, MeldingHref(topic, answers, categories)));
        links.Add(new FormLink(Afspraak, topic?.StartsWith("aangifte-", StringComparison.Ordinal) == true ? "/afspraak?soort=aangifte" : "/afspraak"));
        links.Add(new FormLink(Terugbellen, ConversationService.CallBackLink(conversationId)));
        return links;
    }

    private static string MeldingHref(string? topic, IReadOnlyDictionary<string, string> answers, MeldingCategories categories)
    {
        if (topic?.StartsWith(MeldingTopicPrefix, StringComparison.Ordinal) != true)
            return Meldingen.MeldingLinks.Form;
        // Wout may already have asked the category; otherwise the topic itself may name one (melding-verdachte-situatie).
        var category = categories.Find(answers.GetValueOrDefault(MeldingQuestions.Category)) ?? categories.Find(topic[MeldingTopicPrefix.Length..]);
        return category is null ? Meldingen.MeldingLinks.Form : $"{Meldingen.MeldingLinks.Form}?category={Uri.EscapeDataString(category.Id)}";
    }
}
