using System.Text.Json;

namespace Verbinding.Web.Features.Conversations.Messaging;

/// <summary>A pre-registered WhatsApp message template; only <c>approved</c> ones may be sent.</summary>
public sealed record MessagingTemplate(string Name, string Language, string Status, string Text)
{
    public bool Approved => Status == "approved";
}

/// <summary>Templates as data (reference/messaging/whatsapp-templates.json), mirrored from what Meta approved.</summary>
public sealed class MessagingTemplates(IReadOnlyList<MessagingTemplate> all)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reference", "messaging", "whatsapp-templates.json");

    public IReadOnlyList<MessagingTemplate> All => all;

    /// <summary>Approved templates in the conversation's language (Dutch when none exist in it).</summary>
    public IReadOnlyList<MessagingTemplate> ApprovedFor(string language) =>
        all.Any(t => t.Approved && t.Language == language)
            ? [.. all.Where(t => t.Approved && t.Language == language)]
            : [.. all.Where(t => t.Approved && t.Language == "nl")];

    public MessagingTemplate? Find(string name, string language) => ApprovedFor(language).FirstOrDefault(t => t.Name == name);

    public static MessagingTemplates Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<TemplateFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} is empty.");
        return new MessagingTemplates(file.Templates);
    }

    private sealed record TemplateFile(List<MessagingTemplate> Templates);
}
