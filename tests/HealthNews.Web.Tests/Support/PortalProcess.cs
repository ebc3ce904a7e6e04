using System.Diagnostics;
using System.Text;

namespace HealthNews.Web.Tests.Support;

/// <summary>Runs the built portal as its own process, as an operator would, and captures what it prints.</summary>
public static class PortalProcess
{
    public sealed record Result(int ExitCode, string Output);

    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunWithInputAsync(environment, null, arguments);

    public static Task<Result> RunWithInputAsync(IReadOnlyDictionary<string, string> environment, string? input, params string[] arguments) =>
        RunWithInputAsync(environment, input, TimeSpan.FromSeconds(60), arguments);

    /// <summary>The same, for a command that may take longer than a minute on a busy machine (generate-content draws the sample's photos).</summary>
    public static async Task<Result> RunWithInputAsync(IReadOnlyDictionary<string, string> environment, string? input, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HealthNews.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DataProtection__KeySecret"] = PortalFactory.TestKeySecret; // required on a server database (ADR-016)
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }
        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The portal did not exit within {timeout.TotalSeconds} seconds:\n" + await stdout + await stderr);
        }
        output.Append(await stdout).Append(await stderr);
        return new Result(process.ExitCode, output.ToString());
    }
}
