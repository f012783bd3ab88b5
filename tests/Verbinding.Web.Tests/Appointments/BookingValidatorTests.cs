using Verbinding.Web.Features.Appointments;

namespace Verbinding.Web.Tests.Appointments;

public sealed class BookingValidatorTests
{
    [Fact]
    public void A_bureau_appointment_needs_a_name_and_an_email_address()
    {
        Assert.Empty(BookingValidator.Validate(AppointmentKind.Aangifte, "Anna", "anna@example.nl", null));
        Assert.Equal(["Name", "Email"], BookingValidator.Validate(AppointmentKind.Aangifte, " ", null, null).Select(e => e.Field));
        Assert.Equal(["Email"], BookingValidator.Validate(AppointmentKind.Other, "Anna", "Anna <anna@example.nl>", null).Select(e => e.Field));
    }

    [Fact]
    public void A_call_back_needs_a_phone_number_that_can_be_dialled_and_email_is_optional()
    {
        Assert.Empty(BookingValidator.Validate(AppointmentKind.CallBack, "Kees", null, "+31 (0)6 1234 5678"));
        Assert.Equal(["Phone"], BookingValidator.Validate(AppointmentKind.CallBack, "Kees", "", "0612").Select(e => e.Field));
    }
}
