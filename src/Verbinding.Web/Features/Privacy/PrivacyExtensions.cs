using Verbinding.Web.Features.Aangifte.Privacy;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Features.VictimRights;

namespace Verbinding.Web.Features.Privacy;

public static class PrivacyExtensions
{
    /// <summary>
    /// Privacy rights: the citizen's data export (one collector per feature, listed here so the list of what an
    /// export covers is in one place).
    /// </summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
        builder.Services.AddScoped<PersonalDataExport>();
        builder.Services.AddScoped<AccessHistory>();
        builder.Services.AddScoped<IPersonalDataCollector, AangiftePersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, VictimRightsPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, MeldingPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, ConversationPersonalData>();
        builder.Services.AddScoped<IPersonalDataCollector, ContactPersonalData>();
        return builder;
    }
}
