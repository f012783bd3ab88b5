using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>
/// <see cref="KnownContactDetails"/> loaded once per export (three queries), not once per collector that needs them.
/// Scoped: the collectors of one request share the load, yet each still just asks for the details, so a collector
/// works and is tested on its own, and the export's order of collectors does not matter.
/// </summary>
public sealed class KnownContactDetailsCache(VerbindingDbContext db, CitizenKeys keys)
{
    private DataSubject? _subject;
    private KnownContactDetails? _details;

    public async Task<KnownContactDetails> ForAsync(DataSubject subject, CancellationToken ct)
    {
        if (_details is null || _subject != subject)
        {
            _details = await KnownContactDetails.LoadAsync(db, keys, subject, ct);
            _subject = subject;
        }
        return _details;
    }
}
