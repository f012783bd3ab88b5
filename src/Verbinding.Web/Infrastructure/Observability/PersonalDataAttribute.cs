using Microsoft.Extensions.Compliance.Classification;

namespace Verbinding.Web.Infrastructure.Observability;

/// <summary>
/// Marks a log parameter as personal data (BSN, name, e-mail, phone, address, IBAN): it is erased from logs.
/// Use it on <c>[LoggerMessage]</c> parameters.
/// </summary>
public sealed class PersonalDataAttribute() : DataClassificationAttribute(PersonalData)
{
    public static readonly DataClassification PersonalData = new("Verbinding", "PersonalData");
}
