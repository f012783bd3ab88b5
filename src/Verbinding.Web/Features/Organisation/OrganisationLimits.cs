namespace Verbinding.Web.Features.Organisation;

/// <summary>Column sizes shared by the EF configurations and the reference-data validator.</summary>
internal static class OrganisationLimits
{
    public const int Id = 64;
    public const int Name = 100;
    public const int MunicipalityCode = 6;
    public const int Region = 60;
    public const int Url = 300;
    public const int Street = 120;
    public const int HouseNumber = 16;
    public const int Postcode = 7;
    public const int City = 80;
    public const int Hours = 11;
}
