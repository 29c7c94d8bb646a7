using System.Text.Json.Nodes;
using Ekko.Core.Features.Cases;
using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;
using Ekko.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Ekko.Core.Tests.Features.Cases;

/// <summary>
/// A workspace in Stockholm with a home-delivery touchpoint, two customers (Anna, a valuable VIP; Bo, a
/// member), two agents in a delivery team that answers for home-delivery, and a fake clock on Monday
/// 4 May 2026 10:00 local time (08:00 UTC).
/// </summary>
public sealed class ClosedLoopWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday10 = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private ClosedLoopWorld(TestDatabase db, FakeTimeProvider clock, Guid workspace)
    {
        Db = db;
        Clock = clock;
        Workspace = workspace;
    }

    public TestDatabase Db { get; }
    public FakeTimeProvider Clock { get; }
    public Guid Workspace { get; }

    public static async Task<ClosedLoopWorld> CreateAsync()
    {
        var db = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(Monday10);
        var workspace = (await new CreateWorkspace(db, clock).HandleAsync(new CreateWorkspaceCommand("Org", "Nordvik", $"nordvik-{Guid.NewGuid():N}"[..20]), CancellationToken.None)).Value!.Id;
        var world = new ClosedLoopWorld(db, clock, workspace);
        Assert.Equal(CommandStatus.Ok, (await new CreateTouchpoint(db, clock).HandleAsync(new CreateTouchpointCommand(workspace, JsonNode.Parse(
            """{"key": "home-delivery", "name": "Home delivery", "stage": "after_purchase", "category": "interaction"}""")), CancellationToken.None)).Status);
        Assert.True((await new UpsertCustomers(db, clock, db.WriteGate).HandleAsync(new UpsertCustomersCommand(workspace, [
            JsonNode.Parse("""{"id": "c-1", "name": "Anna Berg", "email": "anna@example.se", "language": "sv", "consent": {"surveys": true}, "attributes": {"segment": "vip", "lifetime_value": 18400}}"""),
            JsonNode.Parse("""{"id": "c-2", "name": "Bo Ek", "email": "bo@example.se", "language": "en", "attributes": {"segment": "member", "lifetime_value": 900}}"""),
        ]), CancellationToken.None)).Accepted);
        await world.AddMemberAsync("agent1@nordvik.example", "Agnes");
        await world.AddMemberAsync("agent2@nordvik.example", "Arvid");
        Assert.Equal(CommandStatus.Ok, (await new SaveCaseTeam(db).HandleAsync(new SaveCaseTeamCommand(workspace, "delivery", JsonNode.Parse(
            """{"name": "Delivery", "members": ["agent1@nordvik.example", "agent2@nordvik.example"], "touchpoints": ["home-delivery"]}""")), CancellationToken.None)).Status);
        return world;
    }

    public async Task AddMemberAsync(string email, string name)
    {
        await using var context = Db.CreateDbContext();
        var user = new EkkoUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), DisplayName = name };
        context.Users.Add(user);
        context.Memberships.Add(new Membership { WorkspaceId = Workspace, UserId = user.Id, Role = WorkspaceRole.Agent });
        await context.SaveChangesAsync();
    }

    public async Task AddRuleAsync(string json)
    {
        var result = await new CreateCaseRule(Db, Clock).HandleAsync(new CreateCaseRuleCommand(Workspace, JsonNode.Parse(json)), CancellationToken.None);
        Assert.True(result.Status == CommandStatus.Ok, string.Join("; ", result.Errors));
    }

    /// <summary>Stores responses submitted now unless they say otherwise.</summary>
    public async Task<BatchResult> RespondAsync(params string[] responses)
    {
        var items = responses.Select(r =>
        {
            var item = JsonNode.Parse(r)!.AsObject();
            item.TryAdd("survey", "post-delivery");
            item.TryAdd("submitted_at", Clock.GetUtcNow().ToString("O"));
            return (JsonNode?)item;
        }).ToList();
        var result = await new IngestResponses(Db, Clock, Db.WriteGate).HandleAsync(new IngestResponsesCommand(Workspace, items), CancellationToken.None);
        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        return result;
    }

    public async Task<IReadOnlyList<CaseView>> InboxAsync(ListCasesQuery? query = null) =>
        (await new ListCases(Db, Clock).HandleAsync(query ?? new ListCasesQuery(Workspace, []), CancellationToken.None)).Items;

    public async Task<CaseDetail> CaseAsync(Guid id) =>
        (await new GetCase(Db, Clock).HandleAsync(new GetCaseQuery(Workspace, id), CancellationToken.None))!;

    public async Task<CommandResult<CaseDetail>> UpdateAsync(Guid id, string json, string actor = "api-key:test") =>
        await new UpdateCase(Db, Clock).HandleAsync(new UpdateCaseCommand(Workspace, id, JsonNode.Parse(json), actor), CancellationToken.None);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
