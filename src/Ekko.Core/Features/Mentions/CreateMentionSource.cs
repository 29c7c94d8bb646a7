using System.Text.Json.Nodes;
using Ekko.Core.Data;
using Ekko.Core.Formats;

namespace Ekko.Core.Features.Mentions;

public sealed record CreateMentionSourceCommand(Guid WorkspaceId, JsonNode? Body);

/// <summary>
/// Starts listening to a feed: <c>{"url", "interval_minutes"?: 15, "language"?: "sv"}</c>. The first poll is due at
/// once. A URL the workspace listens to already is a conflict.
/// </summary>
public sealed class CreateMentionSource(IDbContextFactory<EkkoDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxPerWorkspace = 100;

    public async Task<CommandResult<MentionSourceView>> HandleAsync(CreateMentionSourceCommand command, CancellationToken cancellationToken)
    {
        var reader = RecordReader.For(command.Body, out var notAnObject);
        if (reader is null)
        {
            return CommandResult<MentionSourceView>.Invalid([notAnObject!]);
        }

        var url = reader.RequiredString("url", MentionSource.MaxUrlLength);
        if (url.Length > 0 && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0))
        {
            reader.AddError("url", "expected an absolute http(s) URL of an RSS 2.0 or Atom feed, without user name or password");
        }

        var interval = reader.OptionalInteger("interval_minutes") ?? MentionSource.DefaultIntervalMinutes;
        if (interval is < MentionSource.MinIntervalMinutes or > MentionSource.MaxIntervalMinutes && !reader.Errors.Any(e => e.Field == "interval_minutes"))
        {
            reader.AddError("interval_minutes", $"must be {MentionSource.MinIntervalMinutes}-{MentionSource.MaxIntervalMinutes}, got {interval}");
        }

        var language = reader.OptionalLanguage("language");
        reader.RejectUnknownFields();
        if (reader.Errors.Count > 0)
        {
            return CommandResult<MentionSourceView>.Invalid(reader.Errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.MentionSources.Where(s => s.WorkspaceId == command.WorkspaceId).Select(s => s.Url).ToListAsync(cancellationToken);
        if (existing.Contains(url, StringComparer.Ordinal))
        {
            return CommandResult<MentionSourceView>.Conflict("url", "the workspace listens to this feed already");
        }

        if (existing.Count >= MaxPerWorkspace)
        {
            return CommandResult<MentionSourceView>.Conflict("url", $"a workspace listens to at most {MaxPerWorkspace} feeds");
        }

        var now = clock.GetUtcNow();
        var source = new MentionSource
        {
            WorkspaceId = command.WorkspaceId, Url = url, Language = language, IntervalMinutes = interval, CreatedAt = now, NextPollAt = now,
        };
        db.MentionSources.Add(source);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two requests for the same URL at once: the unique index let one through.
            return CommandResult<MentionSourceView>.Conflict("url", "the workspace listens to this feed already");
        }

        return CommandResult<MentionSourceView>.Ok(MentionSourceView.Of(source));
    }
}
