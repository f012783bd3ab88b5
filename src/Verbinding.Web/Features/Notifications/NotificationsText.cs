namespace Verbinding.Web.Features.Notifications;

/// <summary>Marker for NotificationsText.resx (Dutch) and .en.resx: the staff page of failed notifications.</summary>
public sealed class NotificationsText;
