using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

// soak <base address> <minutes> <connections> <portal pid> <editor cookie> <antiforgery token> <category id> <poll id> <option id> <pages file>
// 64 workers send requests back to back; each request is a page read (90%), a vote from a new voter (9%) or an editor's
// save or publish through the admin area (1%). Prints totals, 5xx, p50/p99 per kind, and the portal's memory and open
// handles at minutes 1 and 10 (read from /proc).
var (address, minutes, connections, pid) = (new Uri(args[0]), double.Parse(args[1]), int.Parse(args[2]), int.Parse(args[3]));
var (cookie, token, categoryId, pollId, optionId) = (args[4], args[5], args[6], args[7], args[8]);
var pages = File.ReadAllLines(args[9]).Where(l => l.Length > 0).ToArray();
var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30) };
using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
var kinds = new[] { "read", "vote", "editor" };
var latencies = kinds.ToDictionary(k => k, _ => new List<double>());
var statuses = new Dictionary<string, int>();
var drafts = new System.Collections.Concurrent.ConcurrentQueue<string>();
var samples = new List<string>();
var clock = Stopwatch.StartNew();
var end = TimeSpan.FromMinutes(minutes);

string Sample(string when)
{
    var status = File.ReadAllLines($"/proc/{pid}/status");
    string Field(string name) => status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal)).Split(':')[1].Trim();
    var handles = Directory.GetFiles($"/proc/{pid}/fd").Length;
    var threads = Field("Threads");
    return $"{when}: RSS {Field("VmRSS")}, {handles} open handles, {threads} threads";
}

async Task<(string Kind, HttpStatusCode Status)> OneAsync(Random random)
{
    var roll = random.NextDouble();
    if (roll < 0.90)
    {
        using var read = await client.GetAsync(pages[random.Next(pages.Length)]);
        await read.Content.ReadAsByteArrayAsync();
        return ("read", read.StatusCode);
    }
    if (roll < 0.99)
    {
        using var vote = new HttpRequestMessage(HttpMethod.Post, $"/tham-do-y-kien/{pollId}/bieu-quyet")
        {
            Content = new FormUrlEncodedContent([new("luaChon", optionId)]),
        };
        vote.Headers.Add("Origin", address.GetLeftPart(UriPartial.Authority));
        using var voted = await client.SendAsync(vote);
        return ("vote", voted.StatusCode);
    }
    // An editor: publishes a draft made earlier, else saves a new one.
    var publish = drafts.TryDequeue(out var draft);
    using var save = new HttpRequestMessage(HttpMethod.Post, publish ? $"/admin/bai-viet/{draft}/xuat-ban" : "/admin/bai-viet/tao")
    {
        Content = new FormUrlEncodedContent(publish
            ? [new("__RequestVerificationToken", token)]
            : [new("__RequestVerificationToken", token), new("Title", $"Bài thử tải {Guid.NewGuid():N}"), new("CategoryId", categoryId),
               new("Summary", "Tóm tắt bài viết trong lúc thử tải."), new("Body", "Đoạn một của bài.\n\nĐoạn hai, có **chữ đậm**.")]),
    };
    save.Headers.Add("Cookie", cookie);
    using var saved = await client.SendAsync(save);
    if (!publish && saved.StatusCode == HttpStatusCode.Redirect && Regex.Match(saved.Headers.Location?.OriginalString ?? "", @"/admin/bai-viet/(\d+)/sua") is { Success: true } m)
    {
        drafts.Enqueue(m.Groups[1].Value);
    }
    return ("editor", saved.StatusCode);
}

async Task WorkerAsync(int seed)
{
    var random = new Random(seed);
    while (clock.Elapsed < end)
    {
        var started = clock.Elapsed.TotalMilliseconds;
        string kind; HttpStatusCode status;
        try
        {
            (kind, status) = await OneAsync(random);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            (kind, status) = ("error", 0);
        }
        var took = clock.Elapsed.TotalMilliseconds - started;
        lock (latencies)
        {
            if (latencies.TryGetValue(kind, out var list)) list.Add(took);
            var key = $"{kind} {(int)status}";
            statuses[key] = statuses.GetValueOrDefault(key) + 1;
        }
    }
}

var sampler = Task.Run(async () =>
{
    await Task.Delay(TimeSpan.FromMinutes(Math.Min(1, minutes / 2)));
    lock (samples) samples.Add(Sample($"minute {Math.Min(1, minutes / 2):0.#}"));
});
await Task.WhenAll(Enumerable.Range(0, connections).Select(i => Task.Run(() => WorkerAsync(i))).Append(sampler));
samples.Add(Sample($"minute {minutes:0.#}"));

static double Percentile(List<double> values, double p) => values.Count == 0 ? 0 : values.Order().ElementAt((int)Math.Min(values.Count - 1, Math.Ceiling(p * values.Count) - 1));
var total = statuses.Values.Sum();
var fivexx = statuses.Where(s => s.Key.EndsWith(" 0") || int.Parse(s.Key.Split(' ')[1]) >= 500).Sum(s => s.Value);
Console.WriteLine($"requests {total} in {clock.Elapsed.TotalSeconds:0} s ({total / clock.Elapsed.TotalSeconds:0}/s); 5xx or failed: {fivexx}");
Console.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
foreach (var kind in kinds)
{
    Console.WriteLine($"{kind}: {latencies[kind].Count} requests, p50 {Percentile(latencies[kind], 0.5):0.0} ms, p99 {Percentile(latencies[kind], 0.99):0.0} ms");
}
samples.ForEach(Console.WriteLine);
return fivexx == 0 ? 0 : 1;
