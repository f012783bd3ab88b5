namespace Verbinding.Web.Features.Meldingen;

public static class MeldingLimits
{
    public const int Description = 4000;
    public const int Street = 120;
    public const int HouseNumber = 12;
    public const int PlaceDescription = 500;
    public const int Name = 200;
    public const int Email = 254;
    public const int Phone = 20;
    public const int Answer = 500;
    public const int Note = 1000;
    public const int IdempotencyKey = 100;
}
