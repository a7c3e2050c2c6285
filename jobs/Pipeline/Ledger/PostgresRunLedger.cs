using Npgsql;
using NpgsqlTypes;
using Vacances.Ingest.Errors;

namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>
/// The ledger of server mode, in its own schema <c>pipeline</c> of the store's PostgreSQL database, beside
/// Hangfire's schema <c>hangfire</c>. The fan-in is one statement per chunk in one transaction:
/// <c>UPDATE pipeline.chunks SET done = true … AND NOT done</c> then, only when that row changed,
/// <c>UPDATE pipeline.steps SET remaining = remaining - 1 … RETURNING remaining</c> — row locks make the
/// decrement atomic across workers and the <c>NOT done</c> guard makes a retried chunk count once.
/// </summary>
public sealed class PostgresRunLedger : IRunLedger, IDisposable
{
    private const string Schema = """
        CREATE SCHEMA IF NOT EXISTS pipeline;
        CREATE TABLE IF NOT EXISTS pipeline.runs (
            run_id text PRIMARY KEY, status text NOT NULL, exit_code int, message text, deliver_to text);
        CREATE TABLE IF NOT EXISTS pipeline.inputs (
            run_id text NOT NULL REFERENCES pipeline.runs, name text NOT NULL, content bytea NOT NULL,
            PRIMARY KEY (run_id, name));
        CREATE TABLE IF NOT EXISTS pipeline.steps (
            run_id text NOT NULL REFERENCES pipeline.runs, step text NOT NULL, position int NOT NULL,
            total int NOT NULL, remaining int NOT NULL, PRIMARY KEY (run_id, step));
        CREATE TABLE IF NOT EXISTS pipeline.chunks (
            run_id text NOT NULL, step text NOT NULL, chunk text NOT NULL, done boolean NOT NULL,
            PRIMARY KEY (run_id, step, chunk), FOREIGN KEY (run_id, step) REFERENCES pipeline.steps);
        CREATE TABLE IF NOT EXISTS pipeline.artefacts (
            run_id text NOT NULL REFERENCES pipeline.runs, path text NOT NULL, content bytea NOT NULL,
            PRIMARY KEY (run_id, path));
        CREATE TABLE IF NOT EXISTS pipeline.inbox_files (
            content_hash text PRIMARY KEY, file_name text NOT NULL, run_id text NOT NULL);
        """;

    private readonly NpgsqlDataSource _source;

    /// <summary>Opens the data source and creates the schema if needed (serialised by an advisory lock).</summary>
    public PostgresRunLedger(string connectionString)
    {
        _source = NpgsqlDataSource.Create(PostgresConnections.WithPool(connectionString, PostgresConnections.LedgerPoolSize));
        Execute(c =>
        {
            using var tx = c.BeginTransaction();
            using (var lk = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7240117)", c, tx)) lk.ExecuteNonQuery();
            using (var ddl = new NpgsqlCommand(Schema, c, tx)) ddl.ExecuteNonQuery();
            tx.Commit();
            return 0;
        });
    }

    public void CreateRun(string runId, IReadOnlyList<RunInput> inputs, string? deliverTo) => Execute(c =>
    {
        using var tx = c.BeginTransaction();
        InsertRun(c, tx, runId, inputs, deliverTo);
        tx.Commit();
        return 0;
    });

    /// <summary>
    /// One transaction: <c>INSERT … ON CONFLICT DO NOTHING</c> of the claims (a content claimed by a concurrent
    /// scan waits for its commit, then is skipped), the names claimed by this run read back, and the run inserted
    /// only if there is one — committed together, so no claim is left without its run.
    /// </summary>
    public IReadOnlyCollection<string> ClaimInboxRun(string runId, IReadOnlyList<InboxClaim> claims, IReadOnlyList<RunInput> inputs, string? deliverTo) => Execute(c =>
    {
        using var tx = c.BeginTransaction();
        using (var insert = new NpgsqlCommand("INSERT INTO pipeline.inbox_files SELECT h, f, @r FROM unnest(@h, @f) AS t(h, f) ON CONFLICT DO NOTHING", c, tx))
        {
            insert.Parameters.AddWithValue("r", runId);
            insert.Parameters.AddWithValue("h", claims.Select(x => x.ContentHash).ToArray());
            insert.Parameters.AddWithValue("f", claims.Select(x => x.FileName).ToArray());
            insert.ExecuteNonQuery();
        }
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        using (var read = new NpgsqlCommand("SELECT file_name FROM pipeline.inbox_files WHERE run_id = @r AND content_hash = ANY(@h)", c, tx))
        {
            read.Parameters.AddWithValue("r", runId);
            read.Parameters.AddWithValue("h", claims.Select(x => x.ContentHash).ToArray());
            using var reader = read.ExecuteReader();
            while (reader.Read()) claimed.Add(reader.GetString(0));
        }
        if (claimed.Count == 0)
        {
            tx.Rollback();
            return (IReadOnlyCollection<string>)claimed;
        }
        InsertRun(c, tx, runId, inputs, deliverTo);
        tx.Commit();
        return claimed;
    });

    /// <summary>Inserts the run and its inputs in <paramref name="tx"/>; nothing when the run exists already.</summary>
    private static void InsertRun(NpgsqlConnection c, NpgsqlTransaction tx, string runId, IReadOnlyList<RunInput> inputs, string? deliverTo)
    {
        using (var run = new NpgsqlCommand("INSERT INTO pipeline.runs VALUES (@r, 'running', NULL, NULL, @d) ON CONFLICT DO NOTHING", c, tx))
        {
            run.Parameters.AddWithValue("r", runId);
            run.Parameters.AddWithValue("d", (object?)deliverTo ?? DBNull.Value);
            if (run.ExecuteNonQuery() == 0) return;
        }
        foreach (var input in inputs)
        {
            using var content = File.OpenRead(input.File);
            using var ins = new NpgsqlCommand("INSERT INTO pipeline.inputs VALUES (@r, @n, @c)", c, tx);
            ins.Parameters.AddWithValue("r", runId);
            ins.Parameters.AddWithValue("n", input.Name);
            ins.Parameters.AddWithValue("c", NpgsqlDbType.Bytea, content);
            ins.ExecuteNonQuery();
        }
    }

    public string? DeliveryDirectory(string runId) => Execute(c =>
    {
        using var cmd = new NpgsqlCommand("SELECT deliver_to FROM pipeline.runs WHERE run_id = @r", c);
        cmd.Parameters.AddWithValue("r", runId);
        return cmd.ExecuteScalar() as string;
    });

    public IReadOnlyList<string> InputNames(string runId) => Execute(c =>
    {
        using var cmd = new NpgsqlCommand("SELECT name FROM pipeline.inputs WHERE run_id = @r ORDER BY name COLLATE \"C\"", c);
        cmd.Parameters.AddWithValue("r", runId);
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return (IReadOnlyList<string>)names;
    });

    public void CopyInput(string runId, string name, string destination) =>
        CopyContent("SELECT content FROM pipeline.inputs WHERE run_id = @r AND name = @p", runId, name, destination);

    public void OpenStep(string runId, string step, IReadOnlyList<string> chunks) => Execute(c =>
    {
        var distinct = chunks.Distinct(StringComparer.Ordinal).ToList();
        using var tx = c.BeginTransaction();
        using (var s = new NpgsqlCommand("""
            INSERT INTO pipeline.steps VALUES (@r, @s, (SELECT count(*) FROM pipeline.steps WHERE run_id = @r), @n, @n)
            ON CONFLICT DO NOTHING
            """, c, tx))
        {
            s.Parameters.AddWithValue("r", runId);
            s.Parameters.AddWithValue("s", step);
            s.Parameters.AddWithValue("n", distinct.Count);
            if (s.ExecuteNonQuery() == 0) return 0;
        }
        using (var ch = new NpgsqlCommand("INSERT INTO pipeline.chunks SELECT @r, @s, unnest(@c), false", c, tx))
        {
            ch.Parameters.AddWithValue("r", runId);
            ch.Parameters.AddWithValue("s", step);
            ch.Parameters.AddWithValue("c", distinct.ToArray());
            ch.ExecuteNonQuery();
        }
        tx.Commit();
        return 0;
    });

    public bool CompleteChunk(string runId, string step, string chunk) => Execute(c =>
    {
        using var tx = c.BeginTransaction();
        using var mark = new NpgsqlCommand("UPDATE pipeline.chunks SET done = true WHERE run_id = @r AND step = @s AND chunk = @c AND NOT done", c, tx);
        mark.Parameters.AddWithValue("r", runId);
        mark.Parameters.AddWithValue("s", step);
        mark.Parameters.AddWithValue("c", chunk);
        var sql = mark.ExecuteNonQuery() == 1
            ? "UPDATE pipeline.steps SET remaining = remaining - 1 WHERE run_id = @r AND step = @s RETURNING remaining"
            : "SELECT remaining FROM pipeline.steps WHERE run_id = @r AND step = @s";
        using var count = new NpgsqlCommand(sql, c, tx);
        count.Parameters.AddWithValue("r", runId);
        count.Parameters.AddWithValue("s", step);
        var remaining = count.ExecuteScalar() as int?
            ?? throw new InvalidOperationException($"Étape {step} non ouverte pour l'exécution {runId}.");
        tx.Commit();
        return remaining == 0;
    });

    public void PutArtefact(string runId, string path, string file) => Execute(c =>
    {
        using var content = File.OpenRead(file);
        using var cmd = new NpgsqlCommand("""
            INSERT INTO pipeline.artefacts VALUES (@r, @p, @c)
            ON CONFLICT (run_id, path) DO UPDATE SET content = excluded.content
            """, c);
        cmd.Parameters.AddWithValue("r", runId);
        cmd.Parameters.AddWithValue("p", path);
        cmd.Parameters.AddWithValue("c", NpgsqlDbType.Bytea, content);
        return cmd.ExecuteNonQuery();
    });

    public IReadOnlyList<string> ArtefactPaths(string runId) => Execute(c =>
    {
        using var cmd = new NpgsqlCommand("SELECT path FROM pipeline.artefacts WHERE run_id = @r ORDER BY path COLLATE \"C\"", c);
        cmd.Parameters.AddWithValue("r", runId);
        using var reader = cmd.ExecuteReader();
        var paths = new List<string>();
        while (reader.Read()) paths.Add(reader.GetString(0));
        return (IReadOnlyList<string>)paths;
    });

    public void CopyArtefact(string runId, string path, string destination) =>
        CopyContent("SELECT content FROM pipeline.artefacts WHERE run_id = @r AND path = @p", runId, path, destination);

    /// <summary>Streams the one <c>bytea</c> the query selects into a new local file (sequential access: never whole in memory).</summary>
    private void CopyContent(string sql, string runId, string key, string destination) => Execute(c =>
    {
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.Parameters.AddWithValue("r", runId);
        cmd.Parameters.AddWithValue("p", key);
        using var reader = cmd.ExecuteReader(System.Data.CommandBehavior.SequentialAccess);
        if (!reader.Read()) throw new InvalidOperationException($"Fichier absent du registre : {key} ({runId}).");
        using var content = reader.GetStream(0);
        LocalFiles.Write(content, destination);
        return 0;
    });

    public void Succeed(string runId) => Execute(c =>
    {
        using var cmd = new NpgsqlCommand("UPDATE pipeline.runs SET status = 'succeeded' WHERE run_id = @r AND status = 'running'", c);
        cmd.Parameters.AddWithValue("r", runId);
        return cmd.ExecuteNonQuery();
    });

    public void Fail(string runId, int exitCode, string message) => Execute(c =>
    {
        using var cmd = new NpgsqlCommand("UPDATE pipeline.runs SET status = 'failed', exit_code = @e, message = @m WHERE run_id = @r AND status <> 'failed'", c);
        cmd.Parameters.AddWithValue("r", runId);
        cmd.Parameters.AddWithValue("e", exitCode);
        cmd.Parameters.AddWithValue("m", message);
        return cmd.ExecuteNonQuery();
    });

    public RunState State(string runId) => Execute(c =>
    {
        using var run = new NpgsqlCommand("SELECT status, exit_code, message FROM pipeline.runs WHERE run_id = @r", c);
        run.Parameters.AddWithValue("r", runId);
        RunStatus status;
        int? exitCode;
        string? message;
        using (var reader = run.ExecuteReader())
        {
            if (!reader.Read()) throw new InvalidOperationException($"Exécution inconnue : {runId}.");
            status = reader.GetString(0) switch { "succeeded" => RunStatus.Succeeded, "failed" => RunStatus.Failed, _ => RunStatus.Running };
            exitCode = reader.IsDBNull(1) ? null : reader.GetInt32(1);
            message = reader.IsDBNull(2) ? null : reader.GetString(2);
        }
        using var steps = new NpgsqlCommand("SELECT step, total - remaining, total FROM pipeline.steps WHERE run_id = @r ORDER BY position", c);
        steps.Parameters.AddWithValue("r", runId);
        using var rows = steps.ExecuteReader();
        var progress = new List<StepProgress>();
        while (rows.Read()) progress.Add(new StepProgress(rows.GetString(0), rows.GetInt32(1), rows.GetInt32(2)));
        return new RunState(status, exitCode, message, progress);
    });

    public void Dispose() => _source.Dispose();

    /// <summary>Runs one unit of work on a pooled connection; an unreachable server becomes an <see cref="InfrastructureException"/>.</summary>
    private T Execute<T>(Func<NpgsqlConnection, T> work)
    {
        try
        {
            using var connection = _source.OpenConnection();
            return work(connection);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            throw new InfrastructureException($"base PostgreSQL injoignable ou en erreur : {e.Message}", e);
        }
    }
}
