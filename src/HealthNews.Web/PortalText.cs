namespace HealthNews.Web;

/// <summary>
/// The public site's interface words, for <c>IStringLocalizer&lt;PortalText&gt;</c> (ADR-017). The Vietnamese words are the
/// keys, so the Vietnamese edition reads exactly what it always did; Resources/PortalText.en.resx holds the English edition's.
/// </summary>
public sealed class PortalText;
