using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Features.Customers;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Distribution;

public sealed record AnswerFromWidgetCommand(string WorkspaceSlug, JsonNode? Body, IReadOnlyList<string> BrowserLanguages);

/// <summary>What the widget gets back: the session to continue with and the next question, or that it is done.</summary>
public sealed record WidgetAnswerResult(string Session, string? Next, bool Done);

/// <summary>
/// One answer from the website widget: <c>{"survey": slug, "question": id, "answer": 9 | "text" | ["a","b"],
/// "session"?: token, "language"?: "sv", "page"?: "/checkout", "visitor"?: {"id", "signature"}}</c>. The first
/// answer starts a session (channel widget, the page as an attribute, the customer when the signature holds);
/// then the same rules as the survey pages apply. A wrong signature is refused rather than silently ignored,
/// so a site notices a misconfigured backend.
/// </summary>
public sealed class AnswerFromWidget(IDbContextFactory<EkkoDbContext> dbFactory, AnswerSurvey answer, TimeProvider clock)
{
    public async Task<CommandResult<WidgetAnswerResult>> HandleAsync(AnswerFromWidgetCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<WidgetAnswerResult>.Invalid([notAnObject!]);
        }

        var slug = reader.RequiredString("survey", 140);
        var question = reader.RequiredString("question", 64);
        var session = reader.OptionalString("session", 512);
        var language = reader.OptionalLanguage("language");
        var page = reader.OptionalString("page", 500);
        var values = ReadValues(command.Body!["answer"], reader);
        reader.Has("answer");
        WidgetVisitor? visitor = null;
        if (reader.OptionalObject("visitor") is { } visitorNode)
        {
            var v = RecordReader.For(visitorNode, out _)!;
            visitor = new WidgetVisitor(v.RequiredString("id", 200), v.RequiredString("signature", 64));
            v.RejectUnknownFields();
            foreach (var error in v.Errors)
            {
                reader.AddError($"visitor.{error.Field}", error.Message);
            }
        }

        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<WidgetAnswerResult>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var workspace = await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Slug == command.WorkspaceSlug, cancellationToken);
        if (workspace is null || !await db.Surveys.AnyAsync(s => s.WorkspaceId == workspace.Id && s.Slug == slug, cancellationToken))
        {
            return CommandResult<WidgetAnswerResult>.NotFound();
        }

        Guid? customer = null;
        if (visitor is not null && session is null)
        {
            if (!visitor.IsSignedWith(workspace.WidgetSecret))
            {
                return CommandResult<WidgetAnswerResult>.Invalid([new FieldError("visitor.signature", "does not match the visitor id: sign it with the workspace's widget secret, hex(HMAC-SHA256(secret, id))")]);
            }

            customer = (await CustomerIds.ResolveOrCreateAsync(db, workspace.Id, [visitor.Id], clock.GetUtcNow(), cancellationToken))[visitor.Id];
        }

        var attributes = new JsonObject();
        if (page is not null)
        {
            attributes["page"] = page;
        }

        var screen = await answer.HandleAsync(new AnswerSurveyCommand(
            session, slug, question, values, command.BrowserLanguages,
            new SessionStart("widget", customer, attributes.ToJsonString(EkkoJson.Options), language)), cancellationToken);
        return screen.Kind switch
        {
            SurveyScreenKind.ThankYou => CommandResult<WidgetAnswerResult>.Ok(new WidgetAnswerResult("", null, true)),
            SurveyScreenKind.Question when screen.Problem is { } problem => CommandResult<WidgetAnswerResult>.Invalid([Explain(problem, screen)]),
            SurveyScreenKind.Question => CommandResult<WidgetAnswerResult>.Ok(new WidgetAnswerResult(screen.SessionToken ?? "", screen.Question!.Id, false)),
            SurveyScreenKind.NotFound => CommandResult<WidgetAnswerResult>.Invalid([new FieldError("session", "is not a session of this survey; leave it out to start a new one")]),
            _ => CommandResult<WidgetAnswerResult>.Conflict("survey", screen.Kind switch
            {
                SurveyScreenKind.AlreadyAnswered => "this session has already been answered",
                _ => "the survey does not take answers from the widget now (closed, or the widget is not enabled)",
            }),
        };
    }

    private static List<string> ReadValues(JsonNode? node, RecordReader reader)
    {
        var values = node switch
        {
            null => [],
            JsonArray array => array.Select(Value).ToList(),
            _ => [Value(node)],
        };
        if (values.Any(v => v is null))
        {
            reader.AddError("answer", "expected a number, a string (valid text) or an array of option ids");
            return [];
        }

        return values!;
    }

    private static string? Value(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => v.ToJsonString(),
        _ => RecordReader.TryGetString(node, out var text) ? text : null,
    };

    private static FieldError Explain(AnswerProblem problem, SurveyScreen screen) => problem switch
    {
        AnswerProblem.UnknownQuestion => new FieldError("question", "is not a question the respondent can see now in this survey"),
        AnswerProblem.Required => new FieldError("answer", $"is required for question '{screen.Question!.Id}'"),
        AnswerProblem.OutOfRange or AnswerProblem.NotAScore => new FieldError("answer", $"expected a whole number {screen.Question!.Range?.Min}-{screen.Question.Range?.Max}"),
        AnswerProblem.UnknownOption => new FieldError("answer", $"expected option ids of question '{screen.Question!.Id}': {string.Join(", ", screen.Question.Options.Select(o => o.Id))}"),
        AnswerProblem.OneOptionOnly => new FieldError("answer", "this question takes one option"),
        _ => new FieldError("answer", $"must be at most {AnswerReader.MaxTextLength} characters"),
    };
}
