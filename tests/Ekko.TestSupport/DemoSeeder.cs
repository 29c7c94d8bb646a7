using Ekko.Core.Features.Customers;
using Ekko.Core.Features.Demo;
using Ekko.Core.Features.Distribution;
using Ekko.Core.Features.Interactions;
using Ekko.Core.Features.Journeys;
using Ekko.Core.Features.Mentions;
using Ekko.Core.Features.Responses;
using Ekko.Core.Features.Surveys;
using Ekko.Core.Features.Workspaces;

namespace Ekko.TestSupport;

/// <summary>The demo seeder wired to a test database, for tests and benchmarks that need the demo year.</summary>
public static class DemoSeeder
{
    public static SeedDemoData For(TestDatabase db, TimeProvider clock)
    {
        var surveys = new SurveyCache(db, clock);
        return new SeedDemoData(
            new CreateWorkspace(db, clock), new CreateTouchpoint(db, clock), new CreateJourney(db, clock),
            new UpsertCustomers(db, clock, db.WriteGate), new IngestInteractions(db, clock, db.WriteGate), new IngestResponses(db, clock, db.WriteGate),
            new CreateSurveyFromTemplate(db, new CreateSurvey(db, clock)), new UpdateSurvey(db, surveys, clock),
            new ChangeSurveyStatus(db, surveys, clock), new CreateSurveyTrigger(db, clock), new IngestMentions(db, clock, db.WriteGate));
    }
}
