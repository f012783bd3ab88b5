namespace Verbinding.Web.Features.Appointments;

/// <summary>Marker for the appointment texts (AppointmentsText.resx, Dutch; .en.resx, English).</summary>
public sealed class AppointmentsText;
