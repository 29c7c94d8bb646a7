using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Demo;

/// <param name="EndDate">End of the year of data; <see cref="DemoRetailer.DefaultEnd"/> when null. The planted stories sit at fixed dates in 2026.</param>
/// <param name="Progress">Reports (stage, records done, records in the stage) after every batch.</param>
public sealed record SeedDemoCommand(DateTimeOffset? EndDate = null, IProgress<(string Stage, int Done, int Total)>? Progress = null);

/// <param name="Created">False when the demo workspace existed already and nothing was done.</param>
public sealed record SeedDemoResult(
    bool Created, string Slug, Guid? WorkspaceId, int Touchpoints, int Journeys, int Customers, int Interactions, int Responses, string Message);

/// <summary>
/// Creates the Nordvik Elektronik demo workspace and fills it with <see cref="DemoRetailer"/>'s year of data.
/// The records go through the same use cases as customers' own data, batch by batch, so the demo shows
/// what real ingestion stores and a demo record that the formats would refuse fails here too.
/// </summary>
public sealed class SeedDemoData(
    CreateWorkspace createWorkspace,
    CreateTouchpoint createTouchpoint,
    CreateJourney createJourney,
    UpsertCustomers upsertCustomers,
    IngestInteractions ingestInteractions,
    IngestResponses ingestResponses)
{
    public const string OrganizationName = "Nordvik Elektronik AB";
    public const string WorkspaceName = "Nordvik Elektronik";
    public const string Slug = "nordvik";
    public const string DefaultLanguage = "sv";

    public async Task<SeedDemoResult> HandleAsync(SeedDemoCommand command, CancellationToken cancellationToken)
    {
        var created = await createWorkspace.HandleAsync(new CreateWorkspaceCommand(OrganizationName, WorkspaceName, Slug, DefaultLanguage), cancellationToken);
        if (created.Status == CommandStatus.Conflict)
        {
            return new SeedDemoResult(false, Slug, null, 0, 0, 0, 0, 0,
                $"The workspace '{Slug}' exists already; nothing was changed. Delete it first to seed the demo data again.");
        }

        var workspace = created.Value ?? throw Failure("workspace", created.Errors);
        var data = DemoRetailer.Generate(command.EndDate ?? DemoRetailer.DefaultEnd);
        var progress = command.Progress;

        for (var i = 0; i < data.Touchpoints.Count; i++)
        {
            var touchpoint = await createTouchpoint.HandleAsync(new CreateTouchpointCommand(workspace.Id, data.Touchpoints[i]), cancellationToken);
            if (touchpoint.Status != CommandStatus.Ok)
            {
                throw Failure($"touchpoint '{data.Touchpoints[i]["key"]}'", touchpoint.Errors);
            }

            progress?.Report(("touchpoints", i + 1, data.Touchpoints.Count));
        }

        var journey = await createJourney.HandleAsync(new CreateJourneyCommand(workspace.Id, data.Journey), cancellationToken);
        if (journey.Status != CommandStatus.Ok)
        {
            throw Failure("journey", journey.Errors);
        }

        progress?.Report(("journey", 1, 1));

        var customers = await InBatchesAsync("customers", data.Customers, progress,
            batch => upsertCustomers.HandleAsync(new UpsertCustomersCommand(workspace.Id, batch), cancellationToken));
        var interactions = await InBatchesAsync("interactions", data.Interactions, progress,
            batch => ingestInteractions.HandleAsync(new IngestInteractionsCommand(workspace.Id, batch), cancellationToken));
        var responses = await InBatchesAsync("responses", data.Responses, progress,
            batch => ingestResponses.HandleAsync(new IngestResponsesCommand(workspace.Id, batch), cancellationToken));

        return new SeedDemoResult(true, Slug, workspace.Id, data.Touchpoints.Count, 1, customers, interactions, responses,
            $"Created the workspace '{Slug}' with {customers} customers, {interactions} interactions and {responses} responses from {data.From:yyyy-MM-dd} to {data.To:yyyy-MM-dd}.");
    }

    private static async Task<int> InBatchesAsync(
        string stage, IReadOnlyList<System.Text.Json.Nodes.JsonObject> records, IProgress<(string Stage, int Done, int Total)>? progress,
        Func<IReadOnlyList<System.Text.Json.Nodes.JsonNode?>, Task<BatchResult>> send)
    {
        var stored = 0;
        var done = 0;
        foreach (var batch in records.Chunk(BatchLimits.MaxItems))
        {
            var result = await send(batch);
            if (!result.Accepted)
            {
                throw Failure($"{stage} {done}-{done + batch.Length - 1}", result.Errors);
            }

            stored += result.Created;
            done += batch.Length;
            progress?.Report((stage, done, records.Count));
        }

        return stored;
    }

    // The generator's records are meant to pass the public formats; a refusal is a bug in the generator.
    private static InvalidOperationException Failure(string what, IReadOnlyList<FieldError> errors) =>
        new($"The demo data was refused ({what}): {string.Join("; ", errors.Take(5).Select(e => $"{e.Field}: {e.Message}"))}");
}
