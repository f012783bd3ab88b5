using Verbinding.Web.Features.Citizens;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>
/// One feature's part of a citizen's data export (AVG art. 15, Wpg art. 25). A new feature that stores personal data
/// adds one collector and registers it in <see cref="PrivacyExtensions"/>; the export, JSON and PDF need no change.
/// </summary>
public interface IPersonalDataCollector
{
    Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct);
}

/// <summary>Whom the export is about: the DigiD BSN and, when known, their record in the cross-channel timeline (Contacts).</summary>
public sealed record DataSubject(Bsn Bsn, Guid? CitizenId);

/// <summary>
/// One category of data ("aangiftes", "meldingen"); a collector returns its categories also when they are empty,
/// so the JSON always has the same shape. <see cref="Category"/> and the field names in <see cref="Records"/>
/// are a contract (the JSON download): add fields, never rename them.
/// <see cref="AuditKeys"/> are the entity ids staff reads of these records are audited under ("who looked at my data").
/// </summary>
public sealed record PersonalDataSection(string Category, IReadOnlyList<PersonalDataRecord> Records, IReadOnlyList<string> AuditKeys)
{
    public PersonalDataSection(string category, IReadOnlyList<PersonalDataRecord> records)
        : this(category, records, [])
    {
    }
}

/// <summary>One row: field name to value, in display order. Values are text (dates in ISO 8601, UTC).</summary>
public sealed class PersonalDataRecord : List<KeyValuePair<string, string?>>
{
    public void Add(string field, string? value) => Add(new KeyValuePair<string, string?>(field, value));

    public void Add(string field, DateTimeOffset? value) => Add(field, value?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    public void Add(string field, bool? value) => Add(field, value switch { true => "true", false => "false", null => null });
}
