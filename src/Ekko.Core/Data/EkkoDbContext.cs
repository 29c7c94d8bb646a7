using Ekko.Core.Features.ActionPlans;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Integrations;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Mentions;
using Ekko.Core.Features.Privacy;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.TextInsights;
using Ekko.Core.Features.Workspaces;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ekko.Core.Data;

/// <summary>
/// The one unit of work for all features. Provider differences (JSON columns, time storage) live in the
/// provider assemblies' model customizers, so this class stays provider-neutral.
/// </summary>
public sealed class EkkoDbContext(DbContextOptions<EkkoDbContext> options) : IdentityDbContext<EkkoUser>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring that protects sign-in cookies, shared by every instance using this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<Journey> Journeys => Set<Journey>();
    public DbSet<JourneyStage> JourneyStages => Set<JourneyStage>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<CustomerErasure> CustomerErasures => Set<CustomerErasure>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveySession> SurveySessions => Set<SurveySession>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<SurveyTrigger> SurveyTriggers => Set<SurveyTrigger>();
    public DbSet<CommentAnalysis> CommentAnalyses => Set<CommentAnalysis>();
    public DbSet<CommentTheme> CommentThemes => Set<CommentTheme>();
    public DbSet<TextPipeline> TextPipelines => Set<TextPipeline>();
    public DbSet<FollowUpCase> Cases => Set<FollowUpCase>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<CaseRule> CaseRules => Set<CaseRule>();
    public DbSet<CaseTeam> CaseTeams => Set<CaseTeam>();
    public DbSet<CaseSettings> CaseSettings => Set<CaseSettings>();
    public DbSet<CaseReplyTemplate> CaseReplyTemplates => Set<CaseReplyTemplate>();
    public DbSet<ActionPlan> ActionPlans => Set<ActionPlan>();
    public DbSet<ActionPlanCase> ActionPlanCases => Set<ActionPlanCase>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<MentionSource> MentionSources => Set<MentionSource>();
    public DbSet<MentionAnalysis> MentionAnalyses => Set<MentionAnalysis>();
    public DbSet<MentionTheme> MentionThemes => Set<MentionTheme>();
    public DbSet<Features.Insights.Churn.ChurnModelState> ChurnModels => Set<Features.Insights.Churn.ChurnModelState>();
    public DbSet<Features.Insights.Churn.ChurnScore> ChurnScores => Set<Features.Insights.Churn.ChurnScore>();
    public DbSet<Features.Alerts.Alert> Alerts => Set<Features.Alerts.Alert>();
    public DbSet<Features.Alerts.AlertWatch> AlertWatches => Set<Features.Alerts.AlertWatch>();
    public DbSet<Features.Alerts.AlertSubscriber> AlertSubscribers => Set<Features.Alerts.AlertSubscriber>();
    public DbSet<Features.Alerts.AlertMail> AlertMails => Set<Features.Alerts.AlertMail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EkkoDbContext).Assembly);
        builder.HasDbFunction(typeof(JsonFunctions).GetMethod(nameof(JsonFunctions.Text))!);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
