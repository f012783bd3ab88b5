namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>Marker for NotificationTemplateText.resx (Dutch, B1) and .en.resx: subjects and bodies per template id.</summary>
public sealed class NotificationTemplateText;
