using HealthNews.Core.Configuration;

namespace HealthNews.Web.ViewModels;

/// <summary>One line of the footer: its label (none for the licence, which words itself), text, and link if any.</summary>
public sealed record FooterLine(string? Label, string Text, string? Href = null, bool NotConfigured = false);

/// <summary>The footer of every public page, error pages included, from <see cref="FooterOptions"/> (no database).</summary>
public sealed record FooterViewModel(string PortalName, IReadOnlyList<FooterLine> Lines)
{
    public static FooterViewModel From(FooterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new FooterViewModel(options.PortalName.Trim(),
        [
            new("Cơ quan chủ quản", options.AgencyName.Trim()),
            new("Địa chỉ", options.Address.Trim()),
            Line("Điện thoại", options.Phone, phone => "tel:" + new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray())),
            Line("Email", options.Email, email => "mailto:" + email),
            string.IsNullOrWhiteSpace(options.Licence) ? new("Giấy phép", FooterOptions.NotConfigured, NotConfigured: true) : new(null, options.Licence.Trim()),
            Line("Chịu trách nhiệm chính", options.Responsible, null),
        ]);
    }

    private static FooterLine Line(string label, string? value, Func<string, string>? link) =>
        string.IsNullOrWhiteSpace(value)
            ? new(label, FooterOptions.NotConfigured, NotConfigured: true)
            : new(label, value.Trim(), link?.Invoke(value.Trim()));
}
