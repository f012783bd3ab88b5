using PdfSharp.Pdf;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>
/// The readable download: the same content as the JSON, section by section, field by field, then the accesses.
/// Bilingual headings as on the proof of report (<see cref="CategoryNames"/>; the field names are those of the JSON);
/// DejaVu Sans embedded (<see cref="DejaVuFontResolver"/>).
/// </summary>
public static class PersonalDataPdf
{
    public static byte[] Render(PersonalDataDocument document)
    {
        DejaVuFontResolver.EnsureInstalled();
        using var pdf = new PdfDocument();
        pdf.Info.Title = "Mijn gegevens / My data";
        pdf.Info.Author = "Politie";
        using (var writer = new PdfTextWriter(pdf))
        {
            writer.Title("Mijn gegevens bij de politie / My data held by the police");
            writer.Line($"Naam / Name: {document.Name}");
            writer.Line($"BSN: {document.Bsn}");
            writer.Line($"Gemaakt op / Created on: {DutchTime.Format(document.GeneratedAt)}");
            foreach (var group in document.Sections.GroupBy(s => s.Category))
            {
                var records = group.SelectMany(s => s.Records).ToList();
                writer.Heading($"{CategoryNames.Bilingual(group.Key)} ({records.Count})");
                foreach (var record in records)
                {
                    foreach (var (field, value) in record)
                    {
                        writer.Field(field, value ?? "-");
                    }
                    writer.Gap();
                }
            }
            writer.Heading($"Wie bekeek mijn gegevens / Who looked at my data ({document.Accesses.Count})");
            foreach (var access in document.Accesses)
            {
                var who = access.StaffName is null ? access.Role : $"{access.StaffName} ({access.Role})";
                writer.Line($"{DutchTime.Format(access.At)}  {who}  {access.Eenheid ?? "-"}  {access.Purpose}  {access.Action}");
            }
        }
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }
}
