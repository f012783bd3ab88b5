namespace Verbinding.Web.Features.Cases;

public static class CasesExtensions
{
    /// <summary>Cases (zaken): grouping of a citizen's items, the staff case pages and the public /zaak page.</summary>
    public static IHostApplicationBuilder AddCases(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<CaseItems>();
        builder.Services.AddScoped<CaseAccessNotifier>();
        builder.Services.AddScoped<FollowUp.CaseStatusNotifier>();
        builder.Services.AddScoped<FollowUp.CaseClock>();
        builder.Services.AddScoped<CaseOpening>();
        builder.Services.AddScoped<CaseFiles>();
        builder.Services.AddScoped<CaseLinking>();
        builder.Services.AddScoped<CaseAccess>();
        return builder;
    }
}
