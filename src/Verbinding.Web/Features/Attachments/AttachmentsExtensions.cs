namespace Verbinding.Web.Features.Attachments;

public static class AttachmentsExtensions
{
    public static IHostApplicationBuilder AddAttachments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<AttachmentStore>();
        builder.Services.AddScoped<AttachmentAccess>();
        return builder;
    }
}
