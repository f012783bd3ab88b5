namespace Verbinding.Web.Features.Appointments.Staff;

public sealed record AppointmentTable(string Caption, IReadOnlyList<Appointment> Appointments);
