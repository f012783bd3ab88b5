namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// Hook for prefilling a draft from elsewhere, e.g. the details Wout gathered in a chat
/// (<c>/aangifte/nieuw?type=fietsendiefstal&amp;prefill=&lt;reference&gt;</c>). Values are field keys ("date",
/// "items.0.brand") and are validated like typed input. The conversation store implements this later.
/// </summary>
public interface IAangiftePrefill
{
    Task<IReadOnlyDictionary<string, string>> GetAsync(string? reference, CancellationToken ct);
}

public sealed class NoPrefill : IAangiftePrefill
{
    public Task<IReadOnlyDictionary<string, string>> GetAsync(string? reference, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
}
