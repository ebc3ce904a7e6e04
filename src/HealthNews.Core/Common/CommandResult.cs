namespace HealthNews.Core.Common;

/// <summary>The outcome of a command: done, or why not, in words an editor can act on.</summary>
public sealed record CommandResult(CommandStatus Status, string? Message = null, int Id = 0, IReadOnlyDictionary<string, string>? Errors = null)
{
    public bool Succeeded => Status == CommandStatus.Ok;

    /// <summary>The saved record's new concurrency stamp, when the command hands it back for the next save.</summary>
    public Guid? Stamp { get; init; }

    public static CommandResult Ok(int id = 0, string? message = null) => new(CommandStatus.Ok, message, id);

    public static CommandResult NotFound() => new(CommandStatus.NotFound, "Không tìm thấy nội dung này; có thể nó đã bị xoá.");

    public static CommandResult Forbidden(string message) => new(CommandStatus.Forbidden, message);

    public static CommandResult Conflict(string message) => new(CommandStatus.Conflict, message);

    public static CommandResult Invalid(string field, string message) =>
        new(CommandStatus.Invalid, message, Errors: new Dictionary<string, string> { [field] = message });

    /// <summary>
    /// Nothing was written because the server's storage is full: "Máy chủ hết dung lượng lưu trữ; <paramref name="what"/>
    /// chưa được lưu. Hãy báo quản trị viên."
    /// </summary>
    public static CommandResult StorageFull(string what) =>
        new(CommandStatus.StorageFull, $"Máy chủ hết dung lượng lưu trữ; {what} chưa được lưu. Hãy báo quản trị viên.");

    public static CommandResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(CommandStatus.Invalid, errors.Values.FirstOrDefault(), Errors: errors);
}
