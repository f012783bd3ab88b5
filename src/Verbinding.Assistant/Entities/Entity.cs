namespace Verbinding.Assistant.Entities;

public enum EntityKind
{
    Date,
    Time,
    Place,
    Postcode,
    Address,
    Amount,
    Iban,
    LicencePlate,
    Phone,
    Email,
    Url,
    Imei,
    FrameNumber,
    Brand,
}

/// <summary>
/// A detail found in a citizen's message, normalised for prefilling forms.
/// <paramref name="Value"/> is the normalised form (ISO date "2026-11-28", time "20:30", amount "900.00",
/// IBAN without spaces, plate "AB-123-C", phone E.164, lower-case e-mail, URL/host, municipality name).
/// </summary>
public sealed record Entity(EntityKind Kind, string Text, string Value, int Start, int Length);

public interface IEntityExtractor
{
    /// <summary>Finds entities; relative dates ("gisteren") resolve against <paramref name="now"/> in Europe/Amsterdam.</summary>
    IReadOnlyList<Entity> Extract(string text, DateTimeOffset now);
}
