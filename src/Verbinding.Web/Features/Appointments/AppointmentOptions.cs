using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Appointments;

/// <summary>Slot length and seats per slot (Appointments section); the demo values come from the issue.</summary>
public sealed class AppointmentOptions
{
    public const string Section = "Appointments";

    [Range(10, 120)] public int SlotMinutes { get; set; } = 30;

    /// <summary>Seats per bureau slot for an aangifte.</summary>
    [Range(1, 50)] public int AangifteCapacity { get; set; } = 2;

    /// <summary>Seats per bureau slot for any other appointment.</summary>
    [Range(1, 50)] public int OtherCapacity { get; set; } = 1;

    /// <summary>Colleagues calling back per call-back slot.</summary>
    [Range(1, 200)] public int CallBackCapacity { get; set; } = 4;

    /// <summary>Call-back hours, every day of the week (local time).</summary>
    public TimeOnly CallBackOpens { get; set; } = new(8, 0);

    public TimeOnly CallBackCloses { get; set; } = new(22, 0);

    /// <summary>How far ahead a citizen can book.</summary>
    [Range(1, 90)] public int DaysAhead { get; set; } = 14;

    /// <summary>A slot must start at least this long from now, so the bureau can prepare.</summary>
    [Range(0, 1440)] public int MinimumNoticeMinutes { get; set; } = 60;

    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(5);

    public bool ReminderEnabled { get; set; } = true;

    /// <summary>Days after the appointment (or its cancellation) that name, e-mail and phone are erased.</summary>
    [Range(1, 3650)] public int PersonalDataRetentionDays { get; set; } = 30;

    public TimeSpan SlotLength => TimeSpan.FromMinutes(SlotMinutes);
}
