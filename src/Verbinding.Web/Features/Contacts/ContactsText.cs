namespace Verbinding.Web.Features.Contacts;

/// <summary>Marker for the timeline, contact-logging and "Mijn contact" texts (ContactsText.resx, .en.resx).</summary>
public sealed class ContactsText;
