namespace HealthNews.Web.Middleware;

/// <summary>
/// An action that takes an upload to the media library: its body may be as large as
/// <see cref="Setup.RequestLimits.UploadBytes"/>, and what is larger is refused naming the library's limit.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class MediaUploadLimitAttribute : Attribute;
