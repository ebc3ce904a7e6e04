using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HealthNews.Web.Tests.Support;

/// <summary>
/// The portal started as a newcomer starts it, <c>dotnet run --project src/HealthNews.Web</c> (without building again:
/// the test run has built it) or as deployed (<see cref="StartBuiltAsync"/>), serving until killed or disposed; its output
/// is kept for the test to read.
/// </summary>
public sealed class RunningPortal : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _lineWritten = new(0);

    private RunningPortal(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<(RunningPortal Portal, Uri Address)> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The configuration the tests were built in (bin/<configuration>/net10.0), so that the portal is the one just built.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        foreach (var argument in (string[])["run", "--no-build", "--configuration", configuration, "--project", "src/HealthNews.Web", "--", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        return await LaunchAsync(start, environment);
    }

    /// <summary>
    /// The portal as deployed, <c>dotnet HealthNews.Web.dll</c> from the test's output folder (the Web project's build is
    /// copied there): seconds faster than <c>dotnet run</c>, for tests that start it many times.
    /// </summary>
    public static Task<(RunningPortal Portal, Uri Address)> StartBuiltAsync(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealthNews.Web.dll"));
        return LaunchAsync(start, environment);
    }

    private static async Task<(RunningPortal Portal, Uri Address)> LaunchAsync(ProcessStartInfo start, IReadOnlyDictionary<string, string> environment)
    {
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var portal = new RunningPortal(Process.Start(start)!);
        portal._process.OutputDataReceived += (_, e) => portal.Read(e.Data);
        portal._process.ErrorDataReceived += (_, e) => portal.Read(e.Data);
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();
        try
        {
            var listening = await portal._listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
            return (portal, new Uri(listening));
        }
        catch
        {
            await portal.DisposeAsync(); // never leave a half-started portal behind
            throw;
        }
    }

    /// <summary>Waits until the output holds <paramref name="count"/> lines that match, as the process writes them.</summary>
    public async Task WaitForLinesAsync(Func<string, bool> match, int count, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var deadline = new CancellationTokenSource(timeout);
        while (Output.Split('\n').Count(match) < count)
        {
            try
            {
                await _lineWritten.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Fewer than {count} matching lines after {timeout.TotalSeconds} s:\n{Output}");
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            _listening.TrySetException(new InvalidOperationException("The portal exited before it listened:\n" + Output));
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        _lineWritten.Release();
        const string Marker = "Now listening on: ";
        if (line.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0)
        {
            _listening.TrySetResult(line[(at + Marker.Length)..].Trim());
        }
    }

    /// <summary>The folder of HealthNews.sln, above the test assembly.</summary>
    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HealthNews.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("HealthNews.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The processor time the portal has used so far (while it runs).</summary>
    public TimeSpan ProcessorTime => _process.TotalProcessorTime;

    /// <summary>
    /// SIGKILL, as the OOM killer stops it: no shutdown, nothing written after. (What the operating system already holds
    /// stays, unlike after a power cut.)
    /// </summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        _lineWritten.Dispose();
    }
}
