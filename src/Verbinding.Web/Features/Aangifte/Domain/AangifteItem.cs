namespace Verbinding.Web.Features.Aangifte;

/// <summary>A stolen or damaged good: what insurers and the stolen-goods registers look for.</summary>
public sealed class AangifteItem
{
    public Guid Id { get; set; }

    public Guid AangifteId { get; set; }

    public int Position { get; set; }

    public required string Kind { get; set; }

    public string? Brand { get; set; }

    public string? Model { get; set; }

    public string? Colour { get; set; }

    public string? FrameNumber { get; set; }

    public string? Imei { get; set; }

    public string? Plate { get; set; }

    public decimal? Value { get; set; }
}

/// <summary>
/// A counterparty identifier in a fraud report (IBAN, phone, e-mail, URL, platform profile), normalised so the
/// Landelijk Meldpunt Internetoplichting can link reports on the same account or number.
/// </summary>
public sealed class FraudIdentifier
{
    public Guid Id { get; set; }

    public Guid AangifteId { get; set; }

    public required string Kind { get; set; }

    public required string Value { get; set; }
}

public sealed class FraudPayment
{
    public Guid Id { get; set; }

    public Guid AangifteId { get; set; }

    public DateOnly PaidOn { get; set; }

    public decimal Amount { get; set; }
}
