using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Verbinding.Web.Features.Monitor.Data;

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.ToTable("SurveyInvitations");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.ContactReference).IsUnique();
        builder.HasIndex(i => new { i.SentAt, i.CreatedAt });
        builder.HasIndex(i => i.ExpiresAt);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.ContactReference).HasMaxLength(100);
        builder.Property(i => i.ProtectedEmail).HasMaxLength(1000);
        builder.Property(i => i.Language).HasMaxLength(5);
        MetadataColumns(builder);
    }

    internal static void MetadataColumns<T>(EntityTypeBuilder<T> builder) where T : class
    {
        builder.Property<string>("EenheidId").HasMaxLength(50);
        builder.Property<string>("BasisteamId").HasMaxLength(80);
        builder.Property<string>("Channel").HasMaxLength(30);
        builder.Property<string>("ContactType").HasMaxLength(30);
        builder.Property<string>("Topic").HasMaxLength(60);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.EenheidId, r.Month });
        builder.Property(r => r.QuestionnaireId).HasMaxLength(50);
        builder.Property(r => r.ItemAnswers).HasMaxLength(2000);
        builder.Property(r => r.Comment).HasMaxLength(1000);
        SurveyInvitationConfiguration.MetadataColumns(builder);
    }
}

internal sealed class SatisfactionAggregateConfiguration : IEntityTypeConfiguration<SatisfactionAggregate>
{
    public void Configure(EntityTypeBuilder<SatisfactionAggregate> builder)
    {
        builder.ToTable(AggregateLevels.Full.Table);
        builder.HasKey(a => new { a.Month, a.EenheidId, a.BasisteamId, a.Channel, a.ContactType, a.Topic, a.WoutOnly });
        builder.HasIndex(a => new { a.EenheidId, a.Month });
        SurveyInvitationConfiguration.MetadataColumns(builder);
    }
}

internal sealed class TeamSatisfactionAggregateConfiguration : IEntityTypeConfiguration<TeamSatisfactionAggregate>
{
    public void Configure(EntityTypeBuilder<TeamSatisfactionAggregate> builder)
    {
        builder.ToTable(AggregateLevels.Team.Table);
        builder.HasKey(a => new { a.Month, a.EenheidId, a.BasisteamId, a.Channel, a.ContactType, a.WoutOnly });
        builder.HasIndex(a => new { a.EenheidId, a.Month });
        builder.Property(a => a.EenheidId).HasMaxLength(50);
        builder.Property(a => a.BasisteamId).HasMaxLength(80);
        builder.Property(a => a.Channel).HasMaxLength(30);
        builder.Property(a => a.ContactType).HasMaxLength(30);
    }
}

internal sealed class UnitSatisfactionAggregateConfiguration : IEntityTypeConfiguration<UnitSatisfactionAggregate>
{
    public void Configure(EntityTypeBuilder<UnitSatisfactionAggregate> builder)
    {
        builder.ToTable(AggregateLevels.Unit.Table);
        builder.HasKey(a => new { a.Month, a.EenheidId, a.Channel, a.ContactType, a.WoutOnly });
        builder.Property(a => a.EenheidId).HasMaxLength(50);
        builder.Property(a => a.Channel).HasMaxLength(30);
        builder.Property(a => a.ContactType).HasMaxLength(30);
    }
}

internal sealed class TopicSatisfactionAggregateConfiguration : IEntityTypeConfiguration<TopicSatisfactionAggregate>
{
    public void Configure(EntityTypeBuilder<TopicSatisfactionAggregate> builder)
    {
        builder.ToTable(AggregateLevels.Topic.Table);
        builder.HasKey(a => new { a.Month, a.EenheidId, a.Topic });
        builder.Property(a => a.EenheidId).HasMaxLength(50);
        builder.Property(a => a.Topic).HasMaxLength(60);
    }
}

internal sealed class ItemAggregateConfiguration : IEntityTypeConfiguration<ItemAggregate>
{
    public void Configure(EntityTypeBuilder<ItemAggregate> builder)
    {
        builder.ToTable(ItemAggregate.Table);
        builder.HasKey(a => new { a.Month, a.EenheidId, a.Channel, a.Item, a.Answer });
        builder.Property(a => a.EenheidId).HasMaxLength(50);
        builder.Property(a => a.Channel).HasMaxLength(30);
        builder.Property(a => a.Item).HasMaxLength(60);
    }
}

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> builder)
    {
        builder.ToTable("SurveyFollowUpTasks");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => new { t.EenheidId, t.Status, t.CreatedAt });
        builder.Property(t => t.EenheidId).HasMaxLength(50);
        builder.Property(t => t.BasisteamId).HasMaxLength(80);
        builder.Property(t => t.ContactReference).HasMaxLength(100);
        builder.Property(t => t.ContactEmail).HasMaxLength(254);
        builder.Property(t => t.Status).HasMaxLength(20);
        builder.Property(t => t.Note).HasMaxLength(1000);
        builder.Property(t => t.HandledBy).HasMaxLength(100);
    }
}

internal sealed class SurveyInvitationThrottleConfiguration : IEntityTypeConfiguration<SurveyInvitationThrottle>
{
    public void Configure(EntityTypeBuilder<SurveyInvitationThrottle> builder)
    {
        builder.ToTable("SurveyInvitationThrottles");
        builder.HasKey(t => t.CitizenKeyHash);
        builder.Property(t => t.CitizenKeyHash).HasMaxLength(64);
    }
}
