using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>
/// The machine-readable download: one document, one array per category under "sections", the staff accesses under
/// "accessLog". Written by hand so the field names are exactly the contract, whatever the C# names become.
/// </summary>
public static class PersonalDataJson
{
    public static byte[] Write(PersonalDataDocument document)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", "verbinding-personal-data/1");
            json.WriteString("generatedAt", document.GeneratedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            json.WriteStartObject("subject");
            json.WriteString("name", document.Name);
            json.WriteString("bsn", document.Bsn);
            json.WriteEndObject();
            json.WriteStartObject("sections");
            foreach (var group in document.Sections.GroupBy(s => s.Category))
            {
                json.WriteStartArray(group.Key);
                foreach (var record in group.SelectMany(s => s.Records))
                {
                    json.WriteStartObject();
                    foreach (var (field, value) in record)
                    {
                        json.WriteString(field, value);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteStartArray("accessLog");
            foreach (var access in document.Accesses)
            {
                json.WriteStartObject();
                json.WriteString("at", access.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                json.WriteString("role", access.Role);
                json.WriteString("eenheid", access.Eenheid);
                json.WriteString("action", access.Action);
                json.WriteString("purpose", access.Purpose);
                if (access.StaffName is not null)
                {
                    json.WriteString("staffName", access.StaffName);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return output.ToArray();
    }
}
