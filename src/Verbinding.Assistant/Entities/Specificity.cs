namespace Verbinding.Assistant.Entities;

/// <summary>
/// When candidates overlap, the more specific one wins: a checksum-validated IBAN beats the phone
/// digits inside it, a licence plate beats a date or time read into its digits.
/// </summary>
internal static class Specificity
{
    public const int Iban = 100;
    public const int Imei = 95;
    public const int Email = 90;
    public const int Url = 85;
    public const int Phone = 80;
    public const int DashedPlate = 75;
    public const int Postcode = 70;
    public const int Address = 68;
    public const int FrameNumber = 66;
    public const int CompactPlate = 60;
    public const int Amount = 55;
    public const int Time = 50;
    public const int Date = 45;
    public const int Place = 40;
    public const int Brand = 30;
}
