using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Polls;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Admin;

/// <summary>An administrator's crawl of the admin area: no link, filter or button leads to a missing page.</summary>
public abstract class AdminLinksTests(PortalFactory portal)
{
    private static readonly Uri Site = new("http://localhost");

    private sealed record Seeded(int ArticleId, int RevisionId, int PollId, int CategoryId, int MediaId);

    [Fact]
    public async Task EveryLinkAndFormOnEveryAdminPageLeadsToAPageThatExists()
    {
        var seeded = await SeedAsync();
        using var admin = await portal.SignInAsync(Roles.Administrator);

        var visited = new Dictionary<string, string>(StringComparer.Ordinal) { [Urls.Admin.Root] = "(start)" };
        var queue = new Queue<string>([Urls.Admin.Root]);
        var postActions = new Dictionary<string, string>(StringComparer.Ordinal);
        var bad = new List<string>();
        while (queue.TryDequeue(out var url))
        {
            var (response, page, _) = await admin.GetPageAsync(url);
            using (response)
            {
                if (IsBroken(response.StatusCode))
                {
                    bad.Add($"GET {url} answered {(int)response.StatusCode} (linked from {visited[url]})");
                    continue;
                }
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }
            }
            var found = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(page.Forms.Where(IsGet).Select(form => Submission(form, url)));
            foreach (var next in found.Select(href => AdminAddress(url, href)).OfType<string>())
            {
                if (visited.TryAdd(next, url))
                {
                    queue.Enqueue(next);
                }
            }
            foreach (var form in page.Forms.Where(f => !IsGet(f)))
            {
                if (AdminAddress(url, form.GetAttribute("action") ?? url) is { } action)
                {
                    postActions.TryAdd(action, url);
                }
            }
        }

        // A button's address must route to an action: asked with GET, a POST-only action answers 405, never 404.
        foreach (var (action, from) in postActions)
        {
            using var response = await admin.GetAsync(new Uri(action, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.NotFound || (int)response.StatusCode >= 500)
            {
                bad.Add($"POST form {action} does not route: GET answered {(int)response.StatusCode} (form on {from})");
            }
        }

        Assert.True(bad.Count == 0, "Broken admin links:\n" + string.Join('\n', bad));
        Assert.True(visited.Count >= 100, $"Only {visited.Count} admin pages were reached: {string.Join(", ", visited.Keys)}");
        string[] everyKind =
        [
            Urls.Admin.Articles, Urls.Admin.ArticleCreate, Urls.Admin.ArticleEdit(seeded.ArticleId), Urls.Admin.ArticlePreview(seeded.ArticleId),
            Urls.Admin.ArticleHistory(seeded.ArticleId), Urls.Admin.Media, Urls.Admin.Categories, Urls.Admin.CategoryEdit(seeded.CategoryId),
            Urls.Admin.Polls, Urls.Admin.PollCreate, Urls.Admin.PollEdit(seeded.PollId), Urls.Admin.PollResults(seeded.PollId),
            Urls.Admin.PollResultsCsv(seeded.PollId), Urls.Admin.Users, Urls.Admin.Audit,
        ];
        Assert.All(everyKind, url => Assert.True(visited.ContainsKey(url), $"{url} was never reached"));
        Assert.Contains(visited.Keys, url => url.StartsWith(Urls.Admin.ArticleCompare(seeded.ArticleId) + "?", StringComparison.Ordinal));
        Assert.Contains(Urls.Admin.ArticleRestore(seeded.ArticleId, seeded.RevisionId), postActions.Keys);
        Assert.Contains(Urls.Admin.MediaDelete(seeded.MediaId), postActions.Keys);
        Assert.Contains(Urls.Admin.SignOut, postActions.Keys);
    }

    private static bool IsBroken(HttpStatusCode status) => status == HttpStatusCode.NotFound || (int)status >= 500;

    private static bool IsGet(IHtmlFormElement form) =>
        string.IsNullOrEmpty(form.GetAttribute("method")) || string.Equals(form.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase);

    /// <summary>The address a browser asks for when the form is sent as it stands: its fields' current values in the query.</summary>
    private static string Submission(IHtmlFormElement form, string page)
    {
        var fields = new List<KeyValuePair<string, string?>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case IHtmlInputElement input when input.Type is not ("submit" or "button" or "reset" or "image" or "file"):
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    fields.AddRange((chosen.Count > 0 ? chosen : select.Options.Take(1)).Select(o => new KeyValuePair<string, string?>(name, o.Value)));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
            }
        }
        var action = form.GetAttribute("action");
        return QueryHelpers.AddQueryString(string.IsNullOrEmpty(action) ? page.Split('?')[0] : action, fields);
    }

    /// <summary>
    /// The admin address <paramref name="href"/> points to from <paramref name="page"/>, with empty query values left out
    /// and the rest in order, so that a filter sent as it stands is the list already seen; null for any other address.
    /// </summary>
    private static string? AdminAddress(string page, string href)
    {
        var target = new Uri(new Uri(Site, page), href);
        if (target.Host != Site.Host || !(target.AbsolutePath == Urls.Admin.Root || target.AbsolutePath.StartsWith(Urls.Admin.Root + "/", StringComparison.Ordinal)))
        {
            return null;
        }
        var query = QueryHelpers.ParseQuery(target.Query)
            .SelectMany(p => p.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal);
        return QueryHelpers.AddQueryString(target.AbsolutePath, query);
    }

    /// <summary>One of every kind of thing an admin page shows: an article with two revisions, a poll with a vote, a category,
    /// a media file and a user who is not an administrator.</summary>
    private async Task<Seeded> SeedAsync()
    {
        await portal.EnsureUserAsync(Roles.Editor);
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var actor = Actor.System("kiểm thử liên kết");
        var db = services.GetRequiredService<HealthNewsDbContext>();
        var categoryId = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();

        var upload = await services.GetRequiredService<MediaUploads>().UploadAsync(
            new MemoryStream(PngBytes.OnePixel), "lien-ket.png", PngBytes.OnePixel.Length, "Ảnh kiểm thử liên kết", null, actor);
        Assert.True(upload.Succeeded, upload.Message);

        var publishing = services.GetRequiredService<ArticlePublishing>();
        var input = new ArticleInput("Bài kiểm thử liên kết quản trị", null, "Tóm tắt.", "Nội dung.", categoryId, upload.Id, "Ảnh", null, null, [upload.Id]);
        var created = await publishing.CreateAsync(input, actor);
        Assert.True(created.Succeeded, created.Message);
        var stamp = await db.Articles.Where(a => a.Id == created.Id).Select(a => a.ConcurrencyStamp).SingleAsync();
        var saved = await publishing.SaveAsync(created.Id, input with { Body = "Nội dung đã sửa." }, stamp, actor);
        Assert.True(saved.Succeeded, saved.Message);
        var revisionId = await db.ArticleRevisions.Where(r => r.ArticleId == created.Id).OrderBy(r => r.Number).Select(r => r.Id).FirstAsync();

        var polls = services.GetRequiredService<PollAdmin>();
        var poll = await polls.CreateAsync(new PollInput("Thăm dò kiểm thử liên kết?", ["Có", "Không"], false, 1, null, null,
            PollResultsVisibility.Always, false), actor);
        Assert.True((await polls.OpenAsync(poll.Id, actor)).Succeeded);
        var optionId = await db.PollOptions.Where(o => o.PollId == poll.Id).OrderBy(o => o.SortOrder).Select(o => o.Id).FirstAsync();
        var vote = await services.GetRequiredService<PollVoting>().VoteAsync(poll.Id, [optionId], new Voter("kiem-thu-lien-ket", false, "10.0.0.9"));
        Assert.True(vote.Outcome.Accepted, vote.Outcome.Message);

        return new Seeded(created.Id, revisionId, poll.Id, categoryId, upload.Id);
    }
}

public sealed class AdminLinksTestsOnSqlite(SqlitePortal portal) : AdminLinksTests(portal), IClassFixture<SqlitePortal>;

public sealed class AdminLinksTestsOnPostgreSql(PostgreSqlPortal portal) : AdminLinksTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class AdminLinksTestsOnSqlServer(SqlServerPortal portal) : AdminLinksTests(portal), IClassFixture<SqlServerPortal>;
