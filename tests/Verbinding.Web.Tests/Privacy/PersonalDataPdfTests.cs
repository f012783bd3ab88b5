using PdfSharp.Pdf.IO;
using Verbinding.Web.Features.Privacy.Export;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>The readable download without a host: long values stay on the page and flow onto the next ones.</summary>
public sealed class PersonalDataPdfTests
{
    private static int Pages(PersonalDataDocument document)
    {
        using var pdf = PdfReader.Open(new MemoryStream(PersonalDataPdf.Render(document)), PdfDocumentOpenMode.Import);
        return pdf.PageCount;
    }

    private static PersonalDataDocument With(string value) => new(
        DateTimeOffset.UtcNow, "Anna Aalders", "999990019",
        [new PersonalDataSection("aangiftes", [new PersonalDataRecord { { "answers", value } }])],
        [new AccessRecord(DateTimeOffset.UtcNow, "Intake", "midden-nederland", "read", "aangifte-intake", null)]);

    [Fact]
    public void Long_value_without_spaces_wraps_onto_more_pages_instead_of_running_off_the_page()
    {
        Assert.Equal(1, Pages(With("kort")));
        Assert.True(Pages(With(new string('x', 12_000))) >= 3);
    }

    [Fact]
    public void Long_text_with_spaces_wraps_onto_more_pages()
    {
        Assert.True(Pages(With(string.Join(' ', Enumerable.Repeat("Mijn fiets stond op slot bij het station.", 300)))) >= 3);
    }
}
