using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Demo;

public static class DemoExtensions
{
    /// <summary>Demo staff accounts and activity: Development only (Database:SeedDemoData), never in Production.</summary>
    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder)
    {
        var seedDemo = builder.Configuration.GetValue<bool?>("Database:SeedDemoData") ?? builder.Environment.IsDevelopment();
        if (seedDemo && !builder.Environment.IsProduction())
        {
            builder.Services.AddScoped<IDatabaseSeeder, DemoStaffSeeder>();
            builder.Services.AddScoped<IDatabaseSeeder, DemoActivitySeeder>();
        }
        return builder;
    }
}
