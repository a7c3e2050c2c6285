using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Vacances.TestSupport;

/// <summary>
/// A throwaway PostgreSQL 15 cluster started from the installed binaries (<c>/usr/lib/postgresql/15/bin</c>):
/// <c>initdb</c> into a temporary folder, a free TCP port on 127.0.0.1, trust authentication, no Unix socket
/// outside the folder. When the test process runs as root the server runs as the unprivileged user
/// <c>postgres</c> (through <c>runuser</c>), since PostgreSQL refuses to run as root.
/// Use it as an xunit class fixture or through <see cref="PostgresCollection"/>; it is stopped
/// (<c>pg_ctl stop -m fast</c>) and its folder deleted on dispose.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime, IDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string SuperUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string _directory;
    private readonly string _dataDirectory;
    private bool _disposed;

    /// <summary>Creates the cluster description; the server starts in <see cref="InitializeAsync"/>.</summary>
    public PostgresCluster()
    {
        _directory = Path.Combine(Path.GetTempPath(), "vacances-pg-" + Guid.NewGuid().ToString("N")[..12]);
        _dataDirectory = Path.Combine(_directory, "data");
    }

    /// <summary>The TCP port the server listens on (127.0.0.1).</summary>
    public int Port { get; private set; }

    /// <summary>Connection string to the default <c>postgres</c> database as superuser.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    /// <summary>Connection string to <paramref name="database"/> as superuser (no pooling, so restarts leave no stale connection).</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Pooling = false,
        Timeout = 15,
    }.ConnectionString;

    /// <summary>True when the PostgreSQL 15 binaries are installed.</summary>
    public static bool BinariesAvailable => File.Exists(Path.Combine(BinDirectory, "initdb"));

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!BinariesAvailable)
            throw new InvalidOperationException($"PostgreSQL 15 absent ({BinDirectory}) : installer le paquet Debian postgresql-15.");
        Directory.CreateDirectory(_directory);
        if (RunsAsRoot) Run("/bin/chown", "-R", $"{SuperUser}:{SuperUser}", _directory);
        RunPg("initdb", "-D", _dataDirectory, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");
        Port = FreePort();
        await StartAsync();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    /// <summary>Stops the server (fast shutdown: open connections are cut) and starts it again on the same port.</summary>
    public void Restart()
    {
        Stop();
        StartAsync().GetAwaiter().GetResult();
    }

    /// <summary>Stops the server (fast shutdown). <see cref="Start"/> brings it back.</summary>
    public void Stop() => RunPg("pg_ctl", "stop", "-D", _dataDirectory, "-m", "fast", "-w");

    /// <summary>Starts a stopped server again on the same port and waits until it accepts connections.</summary>
    public void Start() => StartAsync().GetAwaiter().GetResult();

    private async Task StartAsync()
    {
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        RunPg("pg_ctl", "start", "-D", _dataDirectory, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60", "-o", options);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid"))) Stop();
        }
        finally
        {
            if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
        }
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private void RunPg(string tool, params string[] arguments)
    {
        var program = Path.Combine(BinDirectory, tool);
        if (RunsAsRoot) Run("/usr/sbin/runuser", ["-u", SuperUser, "--", program, .. arguments]);
        else Run(program, arguments);
    }

    private static void Run(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Impossible de lancer " + program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} : délai dépassé");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} a échoué (code {process.ExitCode}) : {output.Result}{error.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
