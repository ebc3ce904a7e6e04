using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HealthNews.Testing;

/// <summary>
/// A throwaway Redis server from Debian's <c>redis-server</c>, one per test that needs it: a free port on 127.0.0.1 only,
/// nothing saved to disk. <see cref="StopAsync"/> and <see cref="StartAsync"/> make an outage and end it on the same
/// port; the server is killed when the test disposes of it, or when the test process exits, however it ends.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string Executable = "/usr/bin/redis-server";

    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>What <c>Redis:Configuration</c> names to reach this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Starts a server on a free port; returns once it accepts connections.</summary>
    public static async Task<RedisServer> StartNewAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Redis is not installed ({Executable} is missing). Install it with: sudo apt-get install -y redis-server (tests/run.sh does this).");
        }
        var server = new RedisServer(FreePort());
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on its port; returns once it answers.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start redis-server.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        StartWatchdog(process.Id);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await AnswersAsync())
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server on port {Port} exited with code {process.ExitCode}.");
            }
            await Task.Delay(20, deadline.Token);
        }
    }

    /// <summary>Kills the server: every client's connection drops at once, as in a crash; its data is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return read >= 5 && System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    // The test host may be killed before it disposes of the server: a detached shell outlives it and kills the server
    // once this process is gone, however it ended.
    private static void StartWatchdog(int serverPid)
    {
        var pid = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var server = serverPid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var script = $"while kill -0 {pid} 2>/dev/null && kill -0 {server} 2>/dev/null; do sleep 0.5; done; kill -9 {server} 2>/dev/null";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }
        Process.Start(start)?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
