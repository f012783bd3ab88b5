namespace Verbinding.Web.Infrastructure.Jobs;

public static class JobsExtensions
{
    /// <summary>Registers <see cref="JobLeases"/>: every background job takes a lease before working (several nodes).</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobLeases>();
        return builder;
    }
}
