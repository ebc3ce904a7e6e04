using System.Net;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Admin;

/// <summary>Every admin endpoint against every kind of visitor, each with the answer it must get.</summary>
public abstract class AuthorizationMatrixTests(PortalFactory portal)
{
    public enum Answer
    {
        /// <summary>Sent to the sign-in page.</summary>
        SignIn,
        /// <summary>Signed in but refused by policy: sent to "không có quyền".</summary>
        Denied,
        /// <summary>Let through to the action.</summary>
        Allowed,
    }

    private const string Anonymous = "anonymous";
    private static readonly string[] Everyone = [Anonymous, Roles.Author, Roles.Editor, Roles.PollManager, Roles.Administrator];

    // method, url ({a} = a fresh draft article, {m} = a media file, {c} = an empty category, {u} = a user), who is allowed
    public static TheoryData<string, string, string> Endpoints()
    {
        var staff = new[] { Roles.Author, Roles.Editor, Roles.PollManager, Roles.Administrator };
        var newsroom = new[] { Roles.Author, Roles.Editor, Roles.Administrator };
        var editors = new[] { Roles.Editor, Roles.Administrator };
        var admins = new[] { Roles.Administrator };
        var pollStaff = new[] { Roles.PollManager, Roles.Administrator };
        var rows = new (string Method, string Url, string[] Allowed)[]
        {
            ("GET", "/admin", staff),
            ("GET", "/admin/bai-viet", newsroom),
            ("GET", "/admin/bai-viet/tao", newsroom),
            ("POST", "/admin/bai-viet/tao", newsroom),
            ("POST", "/admin/bai-viet/hang-loat", newsroom),
            ("GET", "/admin/bai-viet/{a}/sua", newsroom),
            ("POST", "/admin/bai-viet/{a}/sua", newsroom),
            ("GET", "/admin/bai-viet/{a}/xem-truoc", newsroom),
            ("GET", "/admin/bai-viet/{a}/lich-su", newsroom),
            ("GET", "/admin/bai-viet/tim-tin-lien-quan?q=y+te", newsroom),
            ("GET", "/admin/bai-viet/tim-ban-goc?q=y+te&ngon-ngu=en", newsroom),
            ("POST", "/admin/bai-viet/{a}/bo-lien-ket-ban-dich", newsroom),
            ("POST", "/admin/bai-viet/{a}/gui-duyet", newsroom),
            ("POST", "/admin/bai-viet/{a}/tra-lai", editors),
            ("POST", "/admin/bai-viet/{a}/xuat-ban", editors),
            ("POST", "/admin/bai-viet/{a}/xuat-ban-thay-doi", editors),
            ("POST", "/admin/bai-viet/{a}/go-xuong", editors),
            ("POST", "/admin/bai-viet/{a}/ghim", editors),
            ("POST", "/admin/bai-viet/{a}/bo-ghim", editors),
            ("POST", "/admin/bai-viet/{a}/luu-tru", editors),
            ("POST", "/admin/bai-viet/{a}/xoa-vinh-vien", admins),
            ("GET", "/admin/thu-vien", newsroom),
            ("POST", "/admin/thu-vien/tai-len", newsroom),
            ("POST", "/admin/thu-vien/{m}/xoa", editors),
            ("GET", "/admin/chuyen-muc", editors),
            ("GET", "/admin/dia-chi-cu", editors),
            ("POST", "/admin/dia-chi-cu/nhap", editors),
            ("POST", "/admin/chuyen-muc", editors),
            ("GET", "/admin/chuyen-muc/{c}/sua", editors),
            ("POST", "/admin/chuyen-muc/{c}/sua", editors),
            ("POST", "/admin/chuyen-muc/{c}/xoa", editors),
            ("GET", "/admin/nguoi-dung", admins),
            ("POST", "/admin/nguoi-dung", admins),
            ("POST", "/admin/nguoi-dung/{u}/vai-tro", admins),
            ("POST", "/admin/nguoi-dung/{u}/khoa", admins),
            ("POST", "/admin/nguoi-dung/{u}/mo-khoa", admins),
            ("POST", "/admin/nguoi-dung/{u}/dat-lai-mat-khau", admins),
            ("GET", "/admin/nhat-ky", admins),
            ("GET", "/admin/tham-do", pollStaff),
            ("GET", "/admin/tham-do/tao", pollStaff),
            ("POST", "/admin/tham-do/tao", pollStaff),
            ("GET", "/admin/tham-do/{p}/sua", pollStaff),
            ("POST", "/admin/tham-do/{p}/sua", pollStaff),
            ("POST", "/admin/tham-do/{p}/mo", pollStaff),
            ("POST", "/admin/tham-do/{p}/dong", pollStaff),
            ("POST", "/admin/tham-do/{p}/hien-thi", pollStaff),
            ("POST", "/admin/tham-do/{p}/luu-tru", pollStaff),
            ("GET", "/admin/tham-do/{p}/ket-qua", pollStaff),
            ("GET", "/admin/tham-do/{p}/ket-qua.csv", pollStaff),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var (method, url, allowed) in rows)
        {
            foreach (var who in Everyone)
            {
                var answer = allowed.Contains(who) ? Answer.Allowed : who == Anonymous ? Answer.SignIn : Answer.Denied;
                data.Add($"{method} {url}", who, answer.ToString());
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task EveryAdminEndpointAnswersEachRoleAsItShould(string endpoint, string who, string expected)
    {
        var (method, template) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var url = await FillAsync(template);
        using var client = who == Anonymous ? portal.Anonymous() : await portal.SignInAsync(who);

        using var response = method == "GET"
            ? await client.GetAsync(new Uri(url, UriKind.Relative))
            : await client.PostFormAsync(url, new() { ["Title"] = "Bài kiểm thử quyền", ["Name"] = "Mục kiểm thử" },
                tokenPage: who == Anonymous ? "/admin/dang-nhap" : "/admin");

        var location = response.Headers.Location?.OriginalString ?? "";
        var answer = response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/dang-nhap", StringComparison.Ordinal) ? Answer.SignIn
            : response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/khong-co-quyen", StringComparison.Ordinal) ? Answer.Denied
            : response.StatusCode == HttpStatusCode.Forbidden ? Answer.Denied
            : Answer.Allowed;
        Assert.True(expected == answer.ToString(), $"{endpoint} as {who}: expected {expected}, got {answer} ({(int)response.StatusCode} {location})");
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private async Task<string> FillAsync(string template)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }
        string url = template;
        await portal.EnsureUserAsync(Roles.Author);
        await portal.WithDbAsync(async db =>
        {
            var category = await db.Categories.FirstAsync();
            // The fresh draft belongs to the Author, so that an allowed Author is judged by policy, not by ownership.
            var authorId = await db.Users.Where(u => u.Email == Staff.EmailFor(Roles.Author)).Select(u => u.Id).SingleAsync();
            if (url.Contains("{a}", StringComparison.Ordinal))
            {
                var article = new Article
                {
                    Title = "Bài nháp " + Guid.NewGuid().ToString("N")[..6], Slug = "ma-tran-" + Guid.NewGuid().ToString("N"),
                    CategoryId = category.Id, Status = ArticleStatus.Draft, AuthorId = authorId, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
                };
                db.Articles.Add(article);
                await db.SaveChangesAsync();
                url = url.Replace("{a}", article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
            if (url.Contains("{m}", StringComparison.Ordinal))
            {
                var media = new MediaFile { FileName = "x.png", ContentType = "image/png", StorageKey = "ma-tran/" + Guid.NewGuid().ToString("N"), CreatedAtUtc = DateTime.UtcNow };
                db.MediaFiles.Add(media);
                await db.SaveChangesAsync();
                url = url.Replace("{m}", media.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
            if (url.Contains("{c}", StringComparison.Ordinal))
            {
                var empty = new Category { Name = "Trống", Slug = "trong-" + Guid.NewGuid().ToString("N"), SortOrder = 90 };
                db.Categories.Add(empty);
                await db.SaveChangesAsync();
                url = url.Replace("{c}", empty.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
            if (url.Contains("{p}", StringComparison.Ordinal))
            {
                var poll = new Poll { Question = "Thăm dò thử", Status = PollStatus.Open, AddressSalt = "s", CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow };
                poll.Options.Add(new PollOption { Text = "Có", SortOrder = 1 });
                poll.Options.Add(new PollOption { Text = "Không", SortOrder = 2 });
                db.Polls.Add(poll);
                await db.SaveChangesAsync();
                url = url.Replace("{p}", poll.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }
            if (url.Contains("{u}", StringComparison.Ordinal))
            {
                var user = new AppUser { UserName = Guid.NewGuid().ToString("N") + "@moh.gov.vn", DisplayName = "Người thử", CreatedAtUtc = DateTime.UtcNow };
                user.NormalizedUserName = user.UserName.ToUpperInvariant();
                user.Email = user.UserName;
                user.NormalizedEmail = user.NormalizedUserName;
                user.SecurityStamp = Guid.NewGuid().ToString();
                db.Users.Add(user);
                await db.SaveChangesAsync();
                url = url.Replace("{u}", user.Id, StringComparison.Ordinal);
            }
        });
        return url;
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqlitePortal portal) : AuthorizationMatrixTests(portal), IClassFixture<SqlitePortal>;

public sealed class AuthorizationMatrixTestsOnPostgreSql(PostgreSqlPortal portal) : AuthorizationMatrixTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class AuthorizationMatrixTestsOnSqlServer(SqlServerPortal portal) : AuthorizationMatrixTests(portal), IClassFixture<SqlServerPortal>;
