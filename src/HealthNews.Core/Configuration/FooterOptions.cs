using System.Text.RegularExpressions;

namespace HealthNews.Core.Configuration;

/// <summary>
/// What the footer of every public page says about the portal's owner, as a Vietnamese government portal must: the
/// agency, its address, phone and email, the licence line and the person responsible. Bound from "HealthNews:Footer".
/// The captured pages hold no footer: the portal's name and the Ministry's address are the defaults; the rest is left
/// empty, and an empty value is shown as <see cref="NotConfigured"/> so that nobody takes a placeholder for the truth.
/// </summary>
public sealed partial class FooterOptions
{
    public const string SectionName = "HealthNews:Footer";

    /// <summary>How the footer marks a value nobody has configured.</summary>
    public const string NotConfigured = "[chưa cấu hình]";

    /// <summary>The longest value any key may hold.</summary>
    public const int MaxLength = 300;

    public string PortalName { get; set; } = "Cổng Thông tin điện tử Bộ Y tế";

    /// <summary>The agency that owns the portal ("Cơ quan chủ quản"), by its full name.</summary>
    public string AgencyName { get; set; } = "Bộ Y tế";

    public string Address { get; set; } = "138A Giảng Võ, Ba Đình, Hà Nội";

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The licence line as the licence words it, e.g. "Giấy phép số …/GP-TTĐT do … cấp ngày …".</summary>
    public string? Licence { get; set; }

    /// <summary>The person responsible for the content ("Chịu trách nhiệm chính"), with their title.</summary>
    public string? Responsible { get; set; }

    /// <summary>Whether the required values are given and no value is too long.</summary>
    public bool HasValidLengths() =>
        !string.IsNullOrWhiteSpace(PortalName) && !string.IsNullOrWhiteSpace(AgencyName) && !string.IsNullOrWhiteSpace(Address)
        && new[] { PortalName, AgencyName, Address, Phone, Email, Licence, Responsible }.All(v => v is null || v.Length <= MaxLength);

    /// <summary>Empty, or digits with spaces, dots, dashes, parentheses and a leading plus: what a <c>tel:</c> link can dial.</summary>
    public bool HasValidPhone() => string.IsNullOrWhiteSpace(Phone) || PhonePattern().IsMatch(Phone);

    public bool HasValidEmail() => string.IsNullOrWhiteSpace(Email) || EmailPattern().IsMatch(Email);

    [GeneratedRegex(@"^\+?[0-9 .()\-]*[0-9][0-9 .()\-]*$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex EmailPattern();
}
