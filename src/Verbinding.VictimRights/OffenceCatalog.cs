using System.Text.Json;

namespace Verbinding.VictimRights;

/// <summary>reference/victim-rights/offences.json: the offence facts per aangifte type (data, not code).</summary>
public sealed class OffenceCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, Offence> _offences;

    public OffenceCatalog(string version, IEnumerable<Offence> offences)
    {
        Version = version;
        _offences = offences.ToDictionary(o => o.Id);
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reference", "victim-rights", "offences.json");

    public string Version { get; }

    public IReadOnlyCollection<Offence> All => _offences.Values;

    public Offence? Find(string id) => _offences.GetValueOrDefault(id);

    /// <summary>
    /// An offence the file does not know gets no special rights (no spreekrecht, no protection by offence); the
    /// rights every victim has still apply. Staff can add the rest by hand, and a test keeps the file complete.
    /// </summary>
    public Offence FindOrBasic(string id) => Find(id) ?? new Offence(id, 0);

    public static OffenceCatalog Load(string path)
    {
        var file = JsonSerializer.Deserialize<OffenceFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        var duplicates = file.Offences.GroupBy(o => o.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0 || file.Offences.Any(o => o.MaxSentenceYears is < 0 or > 30 || string.IsNullOrWhiteSpace(o.Id)))
        {
            throw new InvalidDataException($"{path}: every offence needs a unique id and a sentence of 0-30 years (duplicates: {string.Join(", ", duplicates)}).");
        }
        return new OffenceCatalog(file.Version, file.Offences);
    }

    private sealed record OffenceFile(string Version, IReadOnlyList<Offence> Offences);
}
