using Verbinding.Web.Features.Organisation;

namespace Verbinding.Web.Tests.Organisation;

public sealed class ReferenceDataValidatorTests
{
    private static ReferenceData Data => ShippedReferenceData.Value;

    [Fact]
    public void Municipality_pointing_to_an_unknown_basisteam_is_reported()
    {
        var broken = Data with { Municipalities = [.. Data.Municipalities.Select(m => m.Code == "GM0344" ? m with { Basisteam = "nergens" } : m)] };

        var errors = ReferenceDataValidator.Validate(broken);

        Assert.Contains(errors, e => e.Contains("GM0344") && e.Contains("nergens"));
    }

    [Fact]
    public void Municipality_in_two_basisteams_is_reported()
    {
        var first = Data.Basisteams[0];
        var other = Data.Basisteams.First(b => b.Eenheid == first.Eenheid && b.Id != first.Id);
        var doubled = other with { Municipalities = [.. other.Municipalities, first.Municipalities[0]] };
        var broken = Data with { Basisteams = [.. Data.Basisteams.Select(b => b.Id == other.Id ? doubled : b)] };

        Assert.Contains(ReferenceDataValidator.Validate(broken), e => e.Contains(first.Municipalities[0]) && e.Contains("exactly"));
    }

    [Fact]
    public void Duplicate_ids_bad_postcodes_and_bad_hours_are_reported()
    {
        var bureau = Data.Bureaus[0];
        var bad = bureau with { Address = bureau.Address with { Postcode = "1234ab" }, OpeningHours = bureau.OpeningHours with { Mon = "17:00-09:00" } };
        var broken = Data with { Bureaus = [.. Data.Bureaus, bad] };

        var errors = ReferenceDataValidator.Validate(broken);

        Assert.Contains(errors, e => e.Contains("duplicate bureau id"));
        Assert.Contains(errors, e => e.Contains("1234ab"));
        Assert.Contains(errors, e => e.Contains("17:00-09:00"));
    }

    [Fact]
    public void Loading_a_directory_with_inconsistent_files_fails_with_every_problem_listed()
    {
        var dir = Directory.CreateTempSubdirectory("refdata-");
        try
        {
            foreach (var file in Directory.GetFiles(ReferenceData.DefaultDirectory, "*.json"))
            {
                File.Copy(file, Path.Combine(dir.FullName, Path.GetFileName(file)));
            }
            var path = Path.Combine(dir.FullName, "municipalities.json");
            File.WriteAllText(path, File.ReadAllText(path).Replace("\"basisteam\": \"utrecht-stad\"", "\"basisteam\": \"nergens\""));

            var ex = Assert.Throws<InvalidDataException>(() => ReferenceData.Load(dir.FullName));

            Assert.Contains("nergens", ex.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
