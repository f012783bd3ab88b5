using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Infrastructure.Web;

/// <summary>Cross-cutting web plumbing that must hold on several nodes: shared keys, SignalR backplane, proxies.</summary>
public static class Platform
{
    public static IHostApplicationBuilder AddWebPlatform(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDataProtection()
            .SetApplicationName("Verbinding")
            .PersistKeysToDbContext<VerbindingDbContext>();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "verbinding.af";
            o.Cookie.SecurePolicy = LocalEnvironment.CookiePolicy(builder.Environment);
        });
        var signalR = builder.Services.AddSignalR();
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("verbinding"));
        }
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return builder;
    }
}
