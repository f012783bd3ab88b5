namespace Verbinding.Web.Features.Meldingen.Pages;

/// <summary>Which step of the form asks for which field, and the page property each API field is shown on.</summary>
public static class MeldingFormSteps
{
    public const int What = 1;
    public const int Details = 2;
    public const int Contact = 3;
    public const int Review = 4;
    public const int Count = 4;

    public static int StepOf(string field) => field switch
    {
        "category" => What,
        _ when field.StartsWith("contact", StringComparison.Ordinal) => Contact,
        _ => Details,
    };

    public static string PropertyOf(string field) => field switch
    {
        "category" => "Category",
        "description" => "Description",
        "occurredAt" => "OccurredAt",
        "location.municipality" => "Municipality",
        "location.street" or "location" => "Street",
        "location.houseNumber" => "HouseNumber",
        "location.postcode" => "Postcode",
        "location.description" => "PlaceDescription",
        "contact.name" => "ContactName",
        "contact.email" => "ContactEmail",
        "contact.phone" => "ContactPhone",
        _ when field.StartsWith("answers.", StringComparison.Ordinal) => $"Answers[{field["answers.".Length..]}]",
        _ => field,
    };
}
