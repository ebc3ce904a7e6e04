using System.ComponentModel.DataAnnotations;

namespace HealthNews.Web.Areas.Admin.Models;

public sealed class SignInModel
{
    [Required(ErrorMessage = "Vui lòng nhập email.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
