using Verbinding.Assistant.Entities;
using static Verbinding.Assistant.Tests.Entities.Extracting;

namespace Verbinding.Assistant.Tests.Entities;

public sealed class ConversationEntityTests
{
    [Fact]
    public void Stolen_bike_message_prefills_date_time_place_and_brand()
    {
        var entities = All("Gisteravond om half 9 is mijn Gazelle gestolen bij station Utrecht Centraal, framenummer GZ1234567");

        Assert.Equal(
            [
                (EntityKind.Date, "2026-11-28"),
                (EntityKind.Time, "20:30"),
                (EntityKind.Brand, "Gazelle"),
                (EntityKind.Place, "Utrecht Centraal"),
                (EntityKind.FrameNumber, "GZ1234567"),
            ],
            entities.Select(e => (e.Kind, e.Value)).ToArray());
    }

    [Fact]
    public void Fraud_message_prefills_amount_iban_phone_and_shop()
    {
        var entities = All("Op 12-11 betaalde ik €450,- via Marktplaats naar NL91ABNA0417164300, verkoper belde vanaf 06-12345678");

        Assert.Equal(
            [
                (EntityKind.Date, "2026-11-12"),
                (EntityKind.Amount, "450.00"),
                (EntityKind.Url, "marktplaats.nl"),
                (EntityKind.Iban, "NL91ABNA0417164300"),
                (EntityKind.Phone, "+31612345678"),
            ],
            entities.Select(e => (e.Kind, e.Value)).ToArray());
    }

    [Fact]
    public void Entity_text_and_offsets_point_into_the_message()
    {
        const string message = "Kenteken 12-AB-34 reed weg";
        var plate = Assert.Single(All(message));
        Assert.Equal("12-AB-34", plate.Text);
        Assert.Equal(message.Substring(plate.Start, plate.Length), plate.Text);
    }

    [Fact]
    public void Empty_message_has_no_entities()
    {
        Assert.Empty(All(""));
    }

    [Fact]
    public void Extractor_is_safe_to_share_between_threads()
    {
        var results = new string?[64];
        Parallel.For(0, results.Length, i => results[i] = Single("gisteren in Utrecht", EntityKind.Date));
        Assert.All(results, r => Assert.Equal("2026-11-28", r));
    }
}
