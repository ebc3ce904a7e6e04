using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HealthNews.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 server from Debian's binaries, shared by every test of the run: initdb in a temporary
/// folder (as the postgres user when the tests run as root), a free port on 127.0.0.1 only, fsync off, and a
/// password login. It is stopped and its folder removed when the test process exits. A test that crashes its server takes
/// one of its own instead (<see cref="StartDedicatedAsync"/>), durable, and the shared one keeps serving the others.
/// </summary>
public sealed class PostgresServer
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string Password = "healthnews-test";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync(durable: false, maxConnections: 400));

    private readonly string _root;
    private readonly string _options;
    private readonly bool _asRoot;

    private PostgresServer(string root, int port, string options, bool asRoot)
    {
        _root = root;
        Port = port;
        _options = options;
        _asRoot = asRoot;
    }

    public int Port { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>
    /// A server for one test alone, with PostgreSQL's durable defaults (fsync, synchronous commit, full page writes), for a
    /// test that crashes it or fills it (<paramref name="maxConnections"/>: the server's connection limit); the caller
    /// removes it with <see cref="StopAndRemove"/> (or the watchdog does, at exit).
    /// </summary>
    public static Task<PostgresServer> StartDedicatedAsync(int maxConnections = 400) => StartAsync(durable: true, maxConnections);

    /// <summary>
    /// <c>pg_ctl stop -m immediate</c>: every server process quits at once, without a checkpoint, as in a crash;
    /// <see cref="StartAgainAsync"/> then recovers from the write-ahead log.
    /// </summary>
    public Task CrashAsync() => RunPostgresToolAsync(_asRoot, "pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);

    /// <summary>Starts the server again after <see cref="CrashAsync"/>; returns once it accepts connections (recovery done).</summary>
    public Task StartAgainAsync() => StartServerAsync(_asRoot, _root, _options);

    private string DataDirectory => Path.Combine(_root, "data");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = "postgres",
        Password = Password,
        MaxPoolSize = 300,
        Timeout = 15,
    }.ToString();

    /// <summary>A new, empty database; its name is unique to the caller.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync();
        return name;
    }

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync(bool durable, int maxConnections)
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed ({BinDirectory}/initdb is missing). Install it with: sudo apt-get install -y postgresql " +
                "(tests/run.sh does this).");
        }

        RemoveAbandonedServers();
        // The folder names its test process, so that another run can tell an abandoned folder from a live one.
        var root = Path.Combine(Path.GetTempPath(), $"healthnews-pg-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", root]);
        }
        var passwordFile = Path.Combine(root, "pw");
        await File.WriteAllTextAsync(passwordFile, Password);
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", passwordFile]);
        }

        var data = Path.Combine(root, "data");
        await RunPostgresToolAsync(asRoot, "initdb",
            ["-D", data, "-U", "postgres", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C.UTF-8",
             "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"]);

        var port = FreePort();
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root} -c max_connections={maxConnections}" +
                      (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await StartServerAsync(asRoot, root, options);

        var server = new PostgresServer(root, port, options, asRoot);
        StartWatchdog(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            server.StopAndRemove();
        };
        return server;
    }

    private static Task StartServerAsync(bool asRoot, string root, string options) =>
        RunPostgresToolAsync(asRoot, "pg_ctl", ["-D", Path.Combine(root, "data"), "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start"]);

    /// <summary>Stops the server (if it runs) and removes its folder; safe to call twice.</summary>
    // The test host allows little time at exit: signal the postmaster directly (SIGQUIT, PostgreSQL's immediate
    // shutdown) instead of spawning pg_ctl, then remove the folder.
    public void StopAndRemove()
    {
        var pidFile = Path.Combine(_root, "data", "postmaster.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid))
        {
            _ = Kill(pid, SigQuit);
            for (var i = 0; i < 50 && IsRunning(pid.ToString(System.Globalization.CultureInfo.InvariantCulture)); i++)
            {
                Thread.Sleep(20);
            }
        }
        TryDelete(_root);
    }

    private const int SigQuit = 3;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    // The test host may be killed before its exit handler finishes: a detached shell outlives it, stops the server
    // and removes the folder once this process is gone, however it ended.
    private static void StartWatchdog(string root)
    {
        var pid = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var script =
            $"while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; " +
            $"if [ -f '{root}/data/postmaster.pid' ]; then kill -QUIT $(head -1 '{root}/data/postmaster.pid') 2>/dev/null; sleep 1; fi; " +
            $"rm -rf '{root}'";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }
        Process.Start(start)?.Dispose();
    }

    // Should a folder outlive its watchdog, the next run clears it once neither its test process nor its server runs.
    private static void RemoveAbandonedServers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "healthnews-pg-*-*"))
        {
            var owner = Path.GetFileName(folder).Split('-')[2];
            var pidFile = Path.Combine(folder, "data", "postmaster.pid");
            var serverRuns = File.Exists(pidFile) && IsRunning(File.ReadLines(pidFile).FirstOrDefault());
            if (!IsRunning(owner) && !serverRuns)
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(string? pid)
    {
        if (!int.TryParse(pid, out var id))
        {
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        for (var attempt = 0; attempt < 3 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static Task RunPostgresToolAsync(bool asRoot, string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(BinDirectory, tool);
        return asRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:\n{await output}\n{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
