using System.Security.Cryptography;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Users;

/// <summary>Staff accounts: create, roles, lock, reset password. Administrators only; every change is audited.</summary>
public sealed class UserAdministration(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            rows.Add(new UserRow(user.Id, user.Email ?? "", user.DisplayName, (await users.GetRolesAsync(user)).Order().ToList(),
                user.LockoutEnd > clock.GetUtcNow(), user.LockoutEnd));
        }
        return rows;
    }

    /// <summary>Creates an account with the given password (from the command line) or a one-time password shown once.</summary>
    public async Task<(CommandResult Result, string? Password)> CreateAsync(string email, string displayName, IReadOnlyCollection<string> roleNames,
        string? password, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(roleNames);
        if (!actor.IsAdministrator)
        {
            return (CommandResult.Forbidden("Chỉ quản trị viên mới tạo tài khoản."), null);
        }
        if (roleNames.Any(r => !Roles.All.Contains(r)))
        {
            return (CommandResult.Invalid("Roles", $"Vai trò không hợp lệ; chọn trong: {string.Join(", ", Roles.All)}."), null);
        }
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return (CommandResult.Invalid("Email", "Vui lòng nhập địa chỉ email hợp lệ."), null);
        }
        if (displayName?.Trim().Length > FieldLimits.PersonName)
        {
            return (CommandResult.Invalid("DisplayName", $"Tên hiển thị không được dài quá {FieldLimits.PersonName} ký tự."), null);
        }
        await EnsureRolesAsync();
        var generated = password is null;
        password ??= GeneratePassword();
        var user = new AppUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (CommandResult.Invalid("Password", string.Join(" ", created.Errors.Select(e => e.Description))), null);
        }
        if (roleNames.Count > 0)
        {
            await users.AddToRolesAsync(user, roleNames);
        }
        await audit.RecordNowAsync(actor, AuditActions.UserCreated, nameof(AppUser), user.Id, $"{user.Email}: {string.Join(", ", roleNames)}");
        return (CommandResult.Ok(0, $"Đã tạo tài khoản {user.Email}."), generated ? password : null);
    }

    public async Task<CommandResult> SetRolesAsync(string userId, IReadOnlyCollection<string> roleNames, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(roleNames);
        if (!actor.IsAdministrator)
        {
            return CommandResult.Forbidden("Chỉ quản trị viên mới đổi vai trò.");
        }
        if (roleNames.Any(r => !Roles.All.Contains(r)))
        {
            return CommandResult.Invalid("Roles", "Vai trò không hợp lệ.");
        }
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return CommandResult.NotFound();
        }
        if (user.Id == actor.UserId && !roleNames.Contains(Roles.Administrator))
        {
            return CommandResult.Conflict("Bạn không thể tự bỏ vai trò quản trị của chính mình.");
        }
        await EnsureRolesAsync();
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roleNames));
        await users.AddToRolesAsync(user, roleNames.Except(current));
        await users.UpdateSecurityStampAsync(user); // signs the user out everywhere, so new roles apply at once
        await audit.RecordNowAsync(actor, AuditActions.UserRolesChanged, nameof(AppUser), user.Id,
            $"{user.Email}: {string.Join(", ", current)} → {string.Join(", ", roleNames)}");
        return CommandResult.Ok(0, $"Đã cập nhật vai trò của {user.Email}.");
    }

    public async Task<CommandResult> SetLockedAsync(string userId, bool locked, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return CommandResult.Forbidden("Chỉ quản trị viên mới khoá tài khoản.");
        }
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return CommandResult.NotFound();
        }
        if (locked && user.Id == actor.UserId)
        {
            return CommandResult.Conflict("Bạn không thể tự khoá tài khoản của chính mình.");
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordNowAsync(actor, locked ? AuditActions.UserLocked : AuditActions.UserUnlocked, nameof(AppUser), user.Id, user.Email ?? "");
        return CommandResult.Ok(0, locked ? $"Đã khoá tài khoản {user.Email}." : $"Đã mở khoá tài khoản {user.Email}.");
    }

    public async Task<(CommandResult Result, string? Password)> ResetPasswordAsync(string userId, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return (CommandResult.Forbidden("Chỉ quản trị viên mới đặt lại mật khẩu."), null);
        }
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return (CommandResult.NotFound(), null);
        }
        var password = GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return (CommandResult.Invalid("Password", string.Join(" ", reset.Errors.Select(e => e.Description))), null);
        }
        await audit.RecordNowAsync(actor, AuditActions.UserPasswordReset, nameof(AppUser), user.Id, user.Email ?? "");
        return (CommandResult.Ok(0, $"Đã đặt lại mật khẩu cho {user.Email}."), password);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    // 16 random characters from an alphabet without look-alikes, plus one of each class the rules ask for.
    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        return new string(chars) + "-7a";
    }
}
