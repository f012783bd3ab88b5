namespace Verbinding.Web.Infrastructure.Jobs;

/// <summary>Who runs a background job right now: one row per job name, held until <see cref="ExpiresAt"/>.</summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
