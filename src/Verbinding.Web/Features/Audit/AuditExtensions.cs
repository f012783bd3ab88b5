namespace Verbinding.Web.Features.Audit;

public static class AuditExtensions
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IAuditActorAccessor, HttpAuditActorAccessor>();
        builder.Services.AddSingleton<AuditChainWriter>();
        builder.Services.AddSingleton<AuditTrail>();
        return builder;
    }
}
