namespace Ekko.Core.Formats;

public enum CommandStatus
{
    Ok,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>What a command did, in terms every adapter (HTTP, CLI, UI) can translate without guessing.</summary>
public sealed record CommandResult<T>(CommandStatus Status, T? Value, IReadOnlyList<FieldError> Errors, string? Message = null)
{
    public static CommandResult<T> Ok(T value) => new(CommandStatus.Ok, value, []);

    public static CommandResult<T> NotFound() => new(CommandStatus.NotFound, default, []);

    public static CommandResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(CommandStatus.Invalid, default, errors);

    public static CommandResult<T> Conflict(string field, string message) => new(CommandStatus.Conflict, default, [new FieldError(field, message)], message);
}
