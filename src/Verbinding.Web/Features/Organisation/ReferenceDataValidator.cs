using Verbinding.Calendar;
using System.Text.RegularExpressions;

namespace Verbinding.Web.Features.Organisation;

/// <summary>Cross-file checks: unique ids, known references, and each municipality in exactly one basisteam.</summary>
public static partial class ReferenceDataValidator
{
    [GeneratedRegex(@"^GM\d{4}$")]
    private static partial Regex MunicipalityCode();

    [GeneratedRegex(@"^[1-9]\d{3} [A-Z]{2}$")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    public static IReadOnlyList<string> Validate(ReferenceData data)
    {
        var errors = new List<string>();
        Unique(errors, "eenheid id", data.Eenheden.Select(e => e.Id));
        Unique(errors, "municipality code", data.Municipalities.Select(m => m.Code));
        Unique(errors, "municipality name", data.Municipalities
            .SelectMany(m => (m.Aliases ?? []).Prepend(m.Name))
            .Select(MunicipalityNames.Normalize));
        Unique(errors, "basisteam id", data.Basisteams.Select(b => b.Id));
        Unique(errors, "bureau id", data.Bureaus.Select(b => b.Id));

        var eenheden = data.Eenheden.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var basisteams = data.Basisteams.DistinctBy(b => b.Id).ToDictionary(b => b.Id, StringComparer.Ordinal);
        var teamsByMunicipality = data.Basisteams
            .SelectMany(b => b.Municipalities.Select(code => (code, team: b.Id)))
            .ToLookup(x => x.code, x => x.team, StringComparer.Ordinal);

        foreach (var id in data.Eenheden.Select(e => e.Id).Concat(data.Basisteams.Select(b => b.Id)).Concat(data.Bureaus.Select(b => b.Id)))
        {
            if (!Slug().IsMatch(id) || id.Length > OrganisationLimits.Id)
            {
                errors.Add($"id '{id}' is not a lower-case slug of at most {OrganisationLimits.Id} characters");
            }
        }
        foreach (var team in data.Basisteams)
        {
            if (!eenheden.TryGetValue(team.Eenheid, out var unit) || unit.National)
            {
                errors.Add($"basisteam {team.Id}: '{team.Eenheid}' is not a regional eenheid");
            }
        }
        foreach (var m in data.Municipalities)
        {
            ValidateMunicipality(errors, m, eenheden, basisteams, teamsByMunicipality[m.Code].ToList());
        }
        var codes = data.Municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in teamsByMunicipality.Select(g => g.Key).Where(c => !codes.Contains(c)))
        {
            errors.Add($"basisteams list unknown municipality {code}");
        }
        foreach (var bureau in data.Bureaus)
        {
            ValidateBureau(errors, bureau, basisteams);
        }
        return errors;
    }

    private static void ValidateMunicipality(
        List<string> errors, MunicipalityRecord m, Dictionary<string, EenheidRecord> eenheden,
        Dictionary<string, BasisteamRecord> basisteams, List<string> listedIn)
    {
        if (!MunicipalityCode().IsMatch(m.Code))
        {
            errors.Add($"municipality code '{m.Code}' is not of the form GM0000");
        }
        if (!eenheden.TryGetValue(m.Eenheid, out var unit) || unit.National)
        {
            errors.Add($"municipality {m.Code} {m.Name}: '{m.Eenheid}' is not a regional eenheid");
        }
        if (!basisteams.TryGetValue(m.Basisteam, out var team))
        {
            errors.Add($"municipality {m.Code} {m.Name}: unknown basisteam '{m.Basisteam}'");
        }
        else if (team.Eenheid != m.Eenheid)
        {
            errors.Add($"municipality {m.Code} {m.Name}: basisteam {team.Id} belongs to {team.Eenheid}, not {m.Eenheid}");
        }
        if (listedIn is not [var only] || only != m.Basisteam)
        {
            errors.Add($"municipality {m.Code} {m.Name} must be listed by exactly basisteam '{m.Basisteam}', found [{string.Join(", ", listedIn)}]");
        }
    }

    private static void ValidateBureau(List<string> errors, BureauRecord bureau, Dictionary<string, BasisteamRecord> basisteams)
    {
        if (!basisteams.ContainsKey(bureau.Basisteam))
        {
            errors.Add($"bureau {bureau.Id}: unknown basisteam '{bureau.Basisteam}'");
        }
        if (!Postcode().IsMatch(bureau.Address.Postcode))
        {
            errors.Add($"bureau {bureau.Id}: postcode '{bureau.Address.Postcode}' is not of the form 1234 AB");
        }
        foreach (var (day, hours) in bureau.OpeningHours.Days())
        {
            if (hours is not null && !WorkPeriod.TryParse(hours, out _))
            {
                errors.Add($"bureau {bureau.Id}: opening hours on {day} '{hours}' are not HH:mm-HH:mm");
            }
        }
    }

    private static void Unique(List<string> errors, string what, IEnumerable<string> values)
    {
        foreach (var duplicate in values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"duplicate {what} '{duplicate.Key}'");
        }
    }
}
