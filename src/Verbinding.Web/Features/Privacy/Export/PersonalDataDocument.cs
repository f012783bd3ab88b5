namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>Everything held about one citizen at <see cref="GeneratedAt"/>: the sections of every feature and the staff accesses.</summary>
public sealed record PersonalDataDocument(
    DateTimeOffset GeneratedAt, string Name, string Bsn, IReadOnlyList<PersonalDataSection> Sections, IReadOnlyList<AccessRecord> Accesses)
{
    public int Count(string category) => Sections.Where(s => s.Category == category).Sum(s => s.Records.Count);
}
