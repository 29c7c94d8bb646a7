using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Workspaces;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Demo;

/// <param name="EndDate">End of the year of data; <see cref="DemoRetailer.DefaultEnd"/> when null. The planted stories sit at fixed dates in 2026.</param>
/// <param name="Progress">Reports (stage, records done, records in the stage) after every batch.</param>
public sealed record SeedDemoCommand(DateTimeOffset? EndDate = null, IProgress<(string Stage, int Done, int Total)>? Progress = null);

/// <param name="Created">False when the demo workspace existed already and nothing was done.</param>
public sealed record SeedDemoResult(
    bool Created, string Slug, Guid? WorkspaceId, int Touchpoints, int Journeys, int Customers, int Interactions, int Responses, string Message, int Mentions = 0);

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
    IngestResponses ingestResponses,
    CreateSurveyFromTemplate createSurvey,
    UpdateSurvey updateSurvey,
    ChangeSurveyStatus changeSurveyStatus,
    Distribution.CreateSurveyTrigger createTrigger,
    Mentions.IngestMentions ingestMentions)
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

        await CreateSurveysAsync(workspace.Id, cancellationToken);
        var customers = await InBatchesAsync("customers", data.Customers, progress,
            batch => upsertCustomers.HandleAsync(new UpsertCustomersCommand(workspace.Id, batch), cancellationToken));
        var interactions = await InBatchesAsync("interactions", data.Interactions, progress,
            batch => ingestInteractions.HandleAsync(new IngestInteractionsCommand(workspace.Id, batch), cancellationToken));
        var responses = await InBatchesAsync("responses", data.Responses, progress,
            batch => ingestResponses.HandleAsync(new IngestResponsesCommand(workspace.Id, batch), cancellationToken));
        var mentions = await InBatchesAsync("mentions", data.Mentions, progress,
            batch => ingestMentions.HandleAsync(new Mentions.IngestMentionsCommand(workspace.Id, batch), cancellationToken));

        // Created after the history is in: a trigger acts on events from now on, and the demo year is history.
        var trigger = await createTrigger.HandleAsync(new Distribution.CreateSurveyTriggerCommand(workspace.Id, "post-delivery-csat", System.Text.Json.Nodes.JsonNode.Parse(
            """{"interaction_type": "order.delivered", "delay_hours": 48}""")), cancellationToken);
        _ = trigger.Value ?? throw Failure("the delivery survey's trigger", trigger.Errors);

        return new SeedDemoResult(true, Slug, workspace.Id, data.Touchpoints.Count, 1, customers, interactions, responses,
            $"Created the workspace '{Slug}' with {customers} customers, {interactions} interactions, {responses} responses and {mentions} mentions from {data.From:yyyy-MM-dd} to {data.To:yyyy-MM-dd}.",
            mentions);
    }

    /// <summary>
    /// The surveys the demo's responses answer, made from the shipped templates and active: the delivery survey
    /// is shown by the widget on order pages (and triggered by deliveries, see below), so every way of collecting can be tried.
    /// </summary>
    private async Task CreateSurveysAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        foreach (var (template, key, touchpoint) in new[]
        {
            ("relationship-nps", "relationship-nps", (string?)null),
            ("relationship-nps", "post-purchase-nps", "checkout"),
            ("delivery-csat", "post-delivery-csat", "home-delivery"),
            ("support-ces", "support-ces", "customer-service-chat"),
        })
        {
            var created = await createSurvey.HandleAsync(new CreateSurveyFromTemplateCommand(workspaceId, template, key, null, touchpoint), cancellationToken);
            var survey = created.Value ?? throw Failure($"survey '{key}'", created.Errors);
            if (key == "post-delivery-csat")
            {
                var body = System.Text.Json.JsonSerializer.SerializeToNode(survey, EkkoJson.Options)!.AsObject();
                body["distribution"]!["widget"] = System.Text.Json.Nodes.JsonNode.Parse("""{"enabled": true, "url_pattern": "/orders/*", "delay_seconds": 3, "sampling_percent": 50}""");
                var updated = await updateSurvey.HandleAsync(new UpdateSurveyCommand(workspaceId, key, body), cancellationToken);
                _ = updated.Value ?? throw Failure($"survey '{key}' widget", updated.Errors);
            }

            await changeSurveyStatus.HandleAsync(new ChangeSurveyStatusCommand(workspaceId, key, SurveyStatus.Active), cancellationToken);
        }
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
