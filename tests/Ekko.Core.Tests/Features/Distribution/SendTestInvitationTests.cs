using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Ekko.Core.Tests.Features.Distribution;

/// <summary>The builder's test send: the survey's invitation e-mail to a typed address, through a real SMTP server, recording nothing.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class SendTestInvitationTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    private SmtpSink smtp = null!;
    private TestDatabase db = null!;
    private Guid workspace;

    public async Task InitializeAsync()
    {
        smtp = new SmtpSink();
        db = await TestDatabase.CreateAsync();
        workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Nordvik", "nordvik"), CancellationToken.None)).Value!.Id;
        var survey = await new CreateSurveyFromTemplate(db, new CreateSurvey(db, clock)).HandleAsync(
            new CreateSurveyFromTemplateCommand(workspace, "relationship-nps", "loyalty", null, null), CancellationToken.None);
        Assert.Equal(CommandStatus.Ok, survey.Status);
    }

    public async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await db.DisposeAsync();
    }

    private Task<CommandResult<TestInvitationSent>> SendAsync(string to, string? language, EmailSettings? settings = null) =>
        new SendTestInvitation(db, settings ?? new EmailSettings { Host = "127.0.0.1", Port = smtp.Port, Security = "none", FromAddress = "surveys@nordvik.example", PublicUrl = "https://feedback.example/" },
                new SurveyTokens(new EphemeralDataProtectionProvider(), clock))
            .HandleAsync(new SendTestInvitationCommand(workspace, "loyalty", to, language), CancellationToken.None);

    [Fact]
    public async Task The_invitation_reaches_the_typed_address_in_the_chosen_language_marked_as_a_test_and_links_to_the_open_link()
    {
        var result = await SendAsync("anna@example.se", "sv");

        Assert.Equal(CommandStatus.Ok, result.Status);
        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("anna@example.se", ((MailboxAddress)Assert.Single(mail.To)).Address);
        Assert.Equal("[Test] En snabb fråga från Nordvik", mail.Subject);
        Assert.Equal(mail.Subject, result.Value!.Subject);
        Assert.Contains("https://feedback.example/s/nordvik-loyalty?score=10", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hur troligt är det", mail.TextBody, StringComparison.Ordinal);
        await using var context = db.CreateDbContext();
        Assert.Equal(0, await context.Invitations.CountAsync());
    }

    [Fact]
    public async Task Without_a_language_the_survey_default_is_used_and_a_language_it_does_not_offer_is_refused()
    {
        Assert.Equal(CommandStatus.Ok, (await SendAsync("bo@example.se", null)).Status);
        Assert.Equal("[Test] A quick question from Nordvik", Assert.Single(smtp.Messages).Subject);

        var refused = await SendAsync("bo@example.se", "fi");
        Assert.Equal(CommandStatus.Invalid, refused.Status);
        Assert.Equal("language", Assert.Single(refused.Errors).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("anna@example.se, bo@example.se")]
    [InlineData("Anna <anna@example.se>")]
    public async Task Anything_but_one_plain_address_is_refused_before_connecting(string to)
    {
        var result = await SendAsync(to, null);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("to", Assert.Single(result.Errors).Field);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task Without_an_SMTP_server_configured_or_reachable_it_says_so()
    {
        var unconfigured = await SendAsync("anna@example.se", null, new EmailSettings());
        Assert.Equal(CommandStatus.Conflict, unconfigured.Status);
        Assert.Contains("Email:Host", unconfigured.Message, StringComparison.Ordinal);

        smtp.RefuseNext(1);
        var refused = await SendAsync("anna@example.se", null);
        Assert.Equal(CommandStatus.Conflict, refused.Status);
        Assert.Contains("did not take the mail", refused.Message, StringComparison.Ordinal);
    }
}
