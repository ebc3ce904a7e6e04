using System.Collections.Concurrent;

namespace HealthNews.Web.Tests.Support;

/// <summary>
/// What the portal answered with success during a crash test, across all its rounds: each of these must be in the
/// database after every kill. Writers append while the portal runs; the checks read between rounds.
/// </summary>
public sealed class CrashLedger(string firstBody)
{
    private int _sequence;

    /// <summary>A number no other title, body or file name of the run has.</summary>
    public int Next() => Interlocked.Increment(ref _sequence);

    /// <summary>Votes answered 303 with a new voter cookie: the cookie's token and the option chosen.</summary>
    public ConcurrentQueue<(string Token, int OptionId)> Votes { get; } = new();

    /// <summary>Articles whose creation was answered with the redirect to their edit page.</summary>
    public ConcurrentQueue<int> Created { get; } = new();

    /// <summary>Articles whose "Xuất bản" was answered with the redirect back to their edit page.</summary>
    public ConcurrentQueue<int> Published { get; } = new();

    /// <summary>Uploads answered with the library's JSON (their media id).</summary>
    public ConcurrentQueue<int> Uploads { get; } = new();

    /// <summary>The edited article's saves: what its form holds (its pending draft, or its content when none is pending).</summary>
    public EditTrail Saves { get; } = new(firstBody);

    /// <summary>The edited article's "Xuất bản thay đổi": what readers see.</summary>
    public EditTrail LiveEdits { get; } = new(firstBody);
}

/// <summary>One value written again and again by one writer: the last one acknowledged, and the ones tried since.</summary>
public sealed class EditTrail(string first)
{
    private readonly List<string> _triedSince = [];

    public string Acknowledged { get; private set; } = first;

    public void Trying(string value) => _triedSince.Add(value);

    public void Acknowledge(string value)
    {
        Acknowledged = value;
        _triedSince.Clear();
    }

    /// <summary>A stored value is right when it is the last acknowledged one or one tried after it (which may have committed unanswered).</summary>
    public bool Allows(string stored) => stored == Acknowledged || _triedSince.Contains(stored);

    public override string ToString() => $"“{Acknowledged}”" + (_triedSince.Count > 0 ? $" or a later try ({string.Join(", ", _triedSince.Select(t => $"“{t}”"))})" : "");
}

/// <summary>Per round: how many of each action were sent and how many were answered with success.</summary>
public sealed class CrashTally
{
    private readonly ConcurrentDictionary<string, (int Sent, int Acknowledged)> _counts = new(StringComparer.Ordinal);

    public void Sent(string action) => _counts.AddOrUpdate(action, (1, 0), (_, c) => (c.Sent + 1, c.Acknowledged));

    public void Acknowledged(string action) => _counts.AddOrUpdate(action, (0, 1), (_, c) => (c.Sent, c.Acknowledged + 1));

    public int AcknowledgedOf(string action) => _counts.TryGetValue(action, out var c) ? c.Acknowledged : 0;

    /// <summary>"votes 41/45, …": acknowledged out of sent, in the order given.</summary>
    public string Describe(IEnumerable<string> actions) =>
        string.Join(", ", actions.Select(a => _counts.TryGetValue(a, out var c) ? $"{a} {c.Acknowledged}/{c.Sent}" : $"{a} 0/0"));
}
