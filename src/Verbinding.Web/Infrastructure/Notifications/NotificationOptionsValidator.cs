using Microsoft.Extensions.Options;

namespace Verbinding.Web.Infrastructure.Notifications;

/// <summary>Production must really send e-mail and SMS, with links to the real portal: no pickup directory, no SMS stub, no localhost links.</summary>
internal sealed class NotificationOptionsValidator(IHostEnvironment environment) : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        if (!environment.IsProduction())
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            failures.Add("Notifications:Smtp:Host is required in Production (set Notifications__Smtp__Host, Port, Security, UserName, Password, FromAddress).");
        }
        if (!options.Sms.IsConfigured || string.IsNullOrWhiteSpace(options.Sms.TemplateId)
            || !Uri.TryCreate(options.Sms.BaseUrl, UriKind.Absolute, out var gateway) || gateway.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("Notifications:Sms:BaseUrl (https), ApiKey and TemplateId are required in Production: citizens who chose SMS would otherwise hear nothing.");
        }
        if (!Uri.TryCreate(options.PortalBaseUrl, UriKind.Absolute, out var portal) || portal.Scheme != Uri.UriSchemeHttps || portal.IsLoopback)
        {
            failures.Add("Notifications:PortalBaseUrl must be the public https address of the portal in Production.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
