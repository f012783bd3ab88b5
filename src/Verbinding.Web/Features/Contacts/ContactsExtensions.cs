namespace Verbinding.Web.Features.Contacts;

public static class ContactsExtensions
{
    /// <summary>One citizen, one timeline: identity links (keyed hashes), phone and counter contacts, the timelines.</summary>
    public static IHostApplicationBuilder AddContacts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContactsOptions>().BindConfiguration(ContactsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !builder.Environment.IsProduction() || o.IdentityKeySecret != ContactsOptions.DevelopmentSecret,
                "Contacts:IdentityKeySecret must be set to a secret value in production.")
            .ValidateOnStart();
        builder.Services.AddSingleton<CitizenKeys>();
        builder.Services.AddScoped<CitizenDirectory>();
        builder.Services.AddScoped<ContactLog>();
        builder.Services.AddScoped<ContactTimeline>();
        return builder;
    }
}
