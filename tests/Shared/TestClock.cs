namespace HealthNews.Testing;

/// <summary>
/// The portal's clock in tests that run a whole host: it follows real time, so that everything else in the host behaves
/// as usual, and a test moves it ahead with <see cref="Advance"/> instead of sleeping until a time has come.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
