using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HealthNews.Web.Voting;

namespace HealthNews.Web.Tests.Support;

/// <summary>The portal's data a crash test writes to: the open poll, a category, and the article it keeps editing.</summary>
public sealed record CrashTargets(int PollId, IReadOnlyList<int> OptionIds, int CategoryId)
{
    public const string EditedTitle = "Bài được sửa liên tục trong lúc cổng bị tắt đột ngột";

    public int EditedArticleId { get; set; }
}

/// <summary>
/// Readers and an editor writing through the portal's own forms, over HTTP, until told to stop (just before the portal
/// is killed): new voters vote, articles are created and published, one published article is edited and its changes
/// published, photos are uploaded. Every success answer goes into the <see cref="CrashLedger"/>.
/// </summary>
public sealed class CrashWorkload : IDisposable
{
    public const string Votes = "votes";
    public const string Creates = "articles created";
    public const string Publishes = "published";
    public const string Saves = "edits saved";
    public const string LiveEdits = "edits published";
    public const string Uploads = "uploads";
    public static readonly IReadOnlyList<string> Actions = [Votes, Creates, Publishes, Saves, LiveEdits, Uploads];

    private const int Voters = 4;

    private readonly HttpClient _staff;
    private readonly HttpClient _readers;
    private readonly string _origin;
    private readonly CrashLedger _ledger;
    private readonly CrashTargets _targets;
    private readonly IReadOnlyList<byte[]> _photos;
    private readonly int _round;
    private string _token = "";

    private CrashWorkload(Uri address, CrashLedger ledger, CrashTargets targets, IReadOnlyList<byte[]> photos, int round)
    {
        _staff = Client(address, new CookieContainer());
        _readers = Client(address, null); // no cookies: every vote comes from a new voter
        _origin = address.GetLeftPart(UriPartial.Authority);
        (_ledger, _targets, _photos, _round) = (ledger, targets, photos, round);
    }

    public CrashTally Tally { get; } = new();

    /// <summary>Signs the editor in through /admin/dang-nhap and keeps the antiforgery token of their session.</summary>
    public static async Task<CrashWorkload> SignInAsync(Uri address, string email, string password, CrashLedger ledger, CrashTargets targets,
        IReadOnlyList<byte[]> photos, int round)
    {
        var workload = new CrashWorkload(address, ledger, targets, photos, round);
        try
        {
            using var signedIn = await workload._staff.PostFormAsync(Urls.Admin.SignIn, new() { ["Email"] = email, ["Password"] = password });
            Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"Signing in answered {(int)signedIn.StatusCode}.");
            // Any staff page carries the session's token; the article form is the one the writers need compiled anyway.
            workload._token = await Staff.TokenAsync(workload._staff, Urls.Admin.ArticleCreate);
            return workload;
        }
        catch
        {
            workload.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Starts every writer, each in a loop until <paramref name="stop"/> (a request cut by the kill ends its loop).
    /// <c>Answering</c> completes once each writer has had its first answer: a freshly started portal compiles as it
    /// goes and may take seconds over its first requests, and a kill before any answer would check nothing.
    /// </summary>
    public (Task Answering, Task Stopped) Start(CancellationToken stop)
    {
        Func<Task>[] writers = [.. Enumerable.Repeat<Func<Task>>(VoteAsync, Voters), CreateAndPublishAsync, EditAsync, UploadAsync];
        var firstAnswers = writers.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var loops = writers.Select((writer, i) => LoopAsync(writer, firstAnswers[i], stop)).ToList();
        return (Task.WhenAll(firstAnswers.Select(f => f.Task)), Task.WhenAll(loops));
    }

    /// <summary>The article the rounds keep editing: created and published before any kill, so it must succeed.</summary>
    public async Task<int> CreatePublishedAsync(string title, string body)
    {
        var id = await CreateAsync(title, body) ?? throw new InvalidOperationException("Creating the article to edit failed.");
        using var published = await PostAsync(Urls.Admin.ArticlePublish(id), []);
        Assert.Equal(Urls.Admin.ArticleEdit(id), published.Headers.Location?.OriginalString);
        return id;
    }

    private async Task VoteAsync()
    {
        var option = _targets.OptionIds[Random.Shared.Next(_targets.OptionIds.Count)];
        using var request = new HttpRequestMessage(HttpMethod.Post, Urls.PollVote(_targets.PollId))
        {
            Content = new FormUrlEncodedContent([new("luaChon", option.ToString(CultureInfo.InvariantCulture))]),
        };
        request.Headers.Add("Origin", _origin);
        Tally.Sent(Votes);
        using var response = await _readers.SendAsync(request);
        // A new voter is answered 303 with their cookie whatever the outcome; for a valid choice in an open poll that
        // outcome is "accepted", and the check after the kill holds the portal to it.
        if (response.StatusCode == HttpStatusCode.SeeOther && VoterToken(response) is { } token)
        {
            _ledger.Votes.Enqueue((token, option));
            Tally.Acknowledged(Votes);
        }
    }

    private async Task CreateAndPublishAsync()
    {
        var n = _ledger.Next();
        if (await CreateAsync($"Tin thử độ bền số {n} (vòng {_round})", $"Nội dung tin thử số {n}.") is not { } id)
        {
            return;
        }
        Tally.Sent(Publishes);
        using var published = await PostAsync(Urls.Admin.ArticlePublish(id), []);
        // Success and "already published" both come back to the edit page; either way the article must be published.
        if (published.StatusCode == HttpStatusCode.Redirect && published.Headers.Location?.OriginalString == Urls.Admin.ArticleEdit(id))
        {
            _ledger.Published.Enqueue(id);
            Tally.Acknowledged(Publishes);
        }
    }

    private async Task<int?> CreateAsync(string title, string body)
    {
        Tally.Sent(Creates);
        using var created = await PostAsync(Urls.Admin.ArticleCreate, Fields(title, body));
        var location = created.Headers.Location?.OriginalString ?? "";
        if (created.StatusCode != HttpStatusCode.Redirect || !int.TryParse(location.Split('/')[^2], CultureInfo.InvariantCulture, out var id)
            || location != Urls.Admin.ArticleEdit(id))
        {
            return null;
        }
        _ledger.Created.Enqueue(id);
        Tally.Acknowledged(Creates);
        return id;
    }

    // The form as an editor saves it, then "Xuất bản thay đổi": a published article's edit waits in a draft until then.
    private async Task EditAsync()
    {
        var id = _targets.EditedArticleId;
        var body = $"Bản sửa số {_ledger.Next()} (vòng {_round}).";
        using var page = await _staff.GetAsync(new Uri(Urls.Admin.ArticleEdit(id), UriKind.Relative));
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return; // the database server was just killed
        }
        var form = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        var stamp = form.QuerySelector("input[name=ConcurrencyStamp]")?.GetAttribute("value") ?? throw new InvalidOperationException("No ConcurrencyStamp.");
        _ledger.Saves.Trying(body);
        Tally.Sent(Saves);
        using var saved = await PostAsync(Urls.Admin.ArticleEdit(id), Fields(CrashTargets.EditedTitle, body, stamp));
        if (saved.StatusCode != HttpStatusCode.Redirect || saved.Headers.Location?.OriginalString != Urls.Admin.ArticleEdit(id))
        {
            return;
        }
        _ledger.Saves.Acknowledge(body);
        Tally.Acknowledged(Saves);
        _ledger.LiveEdits.Trying(body);
        Tally.Sent(LiveEdits);
        using var published = await PostAsync(Urls.Admin.ArticlePublishChanges(id), []);
        if (published.StatusCode == HttpStatusCode.Redirect && published.Headers.Location?.OriginalString == Urls.Admin.ArticleEdit(id))
        {
            _ledger.LiveEdits.Acknowledge(body);
            Tally.Acknowledged(LiveEdits);
        }
    }

    private async Task UploadAsync()
    {
        var n = _ledger.Next();
        var photo = new ByteArrayContent(_photos[n % _photos.Count]);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var form = new MultipartFormDataContent
        {
            { photo, "File", $"anh-thu-{n}.jpg" },
            { new StringContent($"Ảnh thử số {n}"), "AltText" },
            { new StringContent(_token), "__RequestVerificationToken" },
        };
        Tally.Sent(Uploads);
        using var response = await _staff.PostAsync(new Uri(Urls.Admin.MediaUploadImage, UriKind.Relative), form);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            _ledger.Uploads.Enqueue(answer.RootElement.GetProperty("id").GetInt32());
            Tally.Acknowledged(Uploads);
        }
    }

    private Dictionary<string, string> Fields(string title, string body, string? stamp = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Body"] = body,
            ["CategoryId"] = _targets.CategoryId.ToString(CultureInfo.InvariantCulture),
        };
        if (stamp is not null)
        {
            fields["ConcurrencyStamp"] = stamp;
        }
        return fields;
    }

    private Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields) =>
        _staff.PostAsync(new Uri(url, UriKind.Relative),
            new FormUrlEncodedContent([.. fields, new KeyValuePair<string, string>("__RequestVerificationToken", _token)]));

    private static async Task LoopAsync(Func<Task> step, TaskCompletionSource firstAnswer, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await step();
                firstAnswer.TrySetResult();
            }
        }
        catch (Exception e) when (stop.IsCancellationRequested && e is HttpRequestException or IOException or OperationCanceledException)
        {
            // cut by the kill: sent, never answered
        }
        finally
        {
            firstAnswer.TrySetResult();
        }
    }

    private static string? VoterToken(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith(PollVoteProtection.VoterCookie + "=", StringComparison.Ordinal))
                .Select(c => c[(PollVoteProtection.VoterCookie.Length + 1)..]).FirstOrDefault()
            : null;

    private static HttpClient Client(Uri address, CookieContainer? cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public void Dispose()
    {
        _staff.Dispose();
        _readers.Dispose();
    }
}
