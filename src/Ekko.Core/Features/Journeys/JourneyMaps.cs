using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Journeys;

/// <summary>Loading journeys as maps and writing their stages: shared by the journey use cases.</summary>
internal static class JourneyMaps
{
    public static async Task<List<JourneyView>> LoadAsync(EkkoDbContext db, Guid workspaceId, string? key, CancellationToken cancellationToken)
    {
        var journeys = await db.Journeys.AsNoTracking()
            .Where(j => j.WorkspaceId == workspaceId && (key == null || j.Key == key))
            .Include(j => j.Stages).ThenInclude(s => s.Touchpoints)
            .OrderBy(j => j.Name)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).ToDictionaryAsync(t => t.Id, cancellationToken);
        return journeys.Select(j => new JourneyView(
            j.Key, j.Name, j.Description,
            j.Stages.OrderBy(s => s.Position).Select(s => new JourneyStageView(
                s.Name,
                s.Touchpoints.OrderBy(t => t.Position).Select(t => TouchpointView.From(touchpoints[t.TouchpointId])).ToList())).ToList())).ToList();
    }

    /// <summary>Builds the journey's stages from the input; every touchpoint key must exist in the workspace.</summary>
    public static async Task<List<FieldError>> SetStagesAsync(EkkoDbContext db, Journey journey, JourneyInput input, CancellationToken cancellationToken)
    {
        var touchpoints = await TouchpointKeys.LoadAsync(db, journey.WorkspaceId, cancellationToken);
        var errors = new List<FieldError>();
        journey.Stages.Clear();
        for (var s = 0; s < input.Stages.Count; s++)
        {
            var stage = new JourneyStage { JourneyId = journey.Id, Position = s, Name = input.Stages[s].Name };
            var keys = input.Stages[s].Touchpoints;
            for (var t = 0; t < keys.Count; t++)
            {
                if (!touchpoints.TryGetValue(keys[t], out var touchpointId))
                {
                    errors.Add(TouchpointKeys.Unknown(keys[t]) with { Field = $"stages[{s}].touchpoints[{t}]" });
                }
                else if (stage.Touchpoints.Any(x => x.TouchpointId == touchpointId))
                {
                    errors.Add(new FieldError($"stages[{s}].touchpoints[{t}]", $"touchpoint '{keys[t]}' is listed twice in this stage"));
                }
                else
                {
                    stage.Touchpoints.Add(new JourneyStageTouchpoint { StageId = stage.Id, TouchpointId = touchpointId, Position = t });
                }
            }

            journey.Stages.Add(stage);
        }

        return errors;
    }
}
