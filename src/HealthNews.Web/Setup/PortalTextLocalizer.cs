using System.Globalization;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Setup;

/// <summary>
/// <see cref="PortalText"/>'s localizer (ADR-017). Its keys are the Vietnamese words and there is no Vietnamese resource
/// file, so in the Vietnamese edition a word is its own translation and no resource is asked for: the Vietnamese pages,
/// which ask for some sixty words each, pay nothing for the English edition. Other cultures read the resource files
/// through ASP.NET Core's localizer.
/// </summary>
/// <param name="factory">Makes the resource-file localizer of <see cref="PortalText"/>.</param>
internal sealed class PortalTextLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<PortalText>
{
    private readonly IStringLocalizer _resources = factory.Create(typeof(PortalText));

    private static bool IsVietnamese => Edition.Current == Edition.Vietnamese;

    public LocalizedString this[string name] => IsVietnamese ? new LocalizedString(name, name) : _resources[name];

    public LocalizedString this[string name, params object[] arguments] => IsVietnamese
        ? new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, name, arguments))
        : _resources[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _resources.GetAllStrings(includeParentCultures);
}
