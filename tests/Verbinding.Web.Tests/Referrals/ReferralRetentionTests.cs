using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Tests.Privacy;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>
/// A finished referral loses the citizen's details a year after its last step; an open one only after two years
/// without a step. What the figures need (partner, status, history, dates) stays.
/// </summary>
public sealed class ReferralRetentionTests
{
    private const string Bsn = "999990019";

    [Fact]
    public async Task A_declined_referral_loses_the_citizens_details_after_a_year_while_an_open_and_a_recent_one_keep_them()
    {
        var (app, clock) = await RetentionApp.StartAsync(ReferralsApp.WithPartners);
        await using var _ = app;
        var start = clock.GetUtcNow();
        var finished = await app.ReferAsync(Bsn, "anna@example.nl");
        await app.DeclineAsync(finished.Referral!.Id);
        var open = await app.ReferAsync(Bsn, "anna@example.nl");
        clock.Advance(TimeSpan.FromDays(200));
        var recent = await app.ReferAsync(Bsn, "anna@example.nl");
        await app.DeclineAsync(recent.Referral!.Id);

        var early = await app.ApplyAsync("referrals", start.AddDays(364));
        var late = await app.ApplyAsync("referrals", start.AddDays(366));

        Assert.Equal((0, 1), (early.Anonymised, late.Anonymised));
        var erased = await app.WithDbAsync(db => db.Set<Referral>().AsNoTracking().Include(r => r.Changes).SingleAsync(r => r.Id == finished.Referral.Id));
        Assert.Null(erased.CitizenBsn);
        Assert.Null(erased.ProtectedRecipient);
        Assert.Null(erased.NotifyBy);
        Assert.Null(erased.ProtectedCitizenToken);
        Assert.Null(erased.ProtectedPayload);
        Assert.Empty(erased.SharedItemList);
        Assert.Equal(("slachtofferhulp", ReferralStatus.Declined, 2), (erased.PartnerId, erased.Status, erased.Changes.Count));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ReferralPartnerToken>().CountAsync(t => t.ReferralId == finished.Referral.Id)));
        Assert.Null(await app.ByCitizenLinkAsync(finished.CitizenToken!)); // the status link no longer opens it
        foreach (var kept in new[] { open, recent })
        {
            var referral = await app.ByCitizenLinkAsync(kept.CitizenToken!);
            Assert.NotNull(referral);
            Assert.Equal(Bsn, referral.CitizenBsn);
            Assert.NotNull(referral.ProtectedRecipient);
            Assert.Equal("name,phone", referral.SharedItems);
        }

        // Never acted on for two years: the open one goes too; run again, nothing is left to do.
        Assert.Equal(2, (await app.ApplyAsync("referrals", start.AddDays(731))).Anonymised);
        Assert.Equal(0, (await app.ApplyAsync("referrals", start.AddDays(732))).Anonymised);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Referral>().CountAsync(r => r.CitizenBsn != null)));
    }
}
