using System.Collections.Concurrent;
using System.Threading.Channels;
using Vacances.Ingest.Store;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Ingestion;

/// <summary>
/// Streams one file into an open <see cref="IFileLoad"/> on both cores: a dedicated thread parses, validates and
/// pseudonymises, filling chunks of <see cref="ChunkRows"/> accepted rows; the caller appends each chunk to the
/// store as it arrives, through a bounded channel of <see cref="ChunksInFlight"/> chunks (memory stays bounded
/// whatever the file's size; chunk lists are recycled). A failure on either side stops the other and propagates;
/// the caller then disposes the load uncommitted, which rolls the whole file back.
/// </summary>
internal static class StreamingLoad
{
    /// <summary>
    /// Rows per chunk handed to the store. Small enough that the rows in flight (up to <see cref="ChunksInFlight"/>
    /// + 1 chunks per file, three files at once) stay within the young generation: with 8 192 rows, the dossiers,
    /// participants and aids read side by side kept ≈ 60 MB of young rows alive, promoted at each collection
    /// (26 generation-1 collections instead of 19 on 200 000 dossiers, ≈ 10 % more CPU; benchmarks/RESULTS.md).
    /// </summary>
    public const int ChunkRows = 2048;

    /// <summary>Chunks read ahead of the store at most.</summary>
    public const int ChunksInFlight = 4;

    /// <summary>
    /// Runs <paramref name="read"/> (which hands each accepted row to its sink) on a reader thread and appends its
    /// rows to <paramref name="load"/> as <paramref name="rows"/> presents them; returns the read's summary.
    /// </summary>
    public static async Task<FileReadSummary> RunAsync<T>(IFileLoad load, Func<Action<T>, FileReadSummary> read,
        Func<IReadOnlyList<T>, StoreRows> rows, CancellationToken cancellation)
    {
        var channel = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(ChunksInFlight)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var recycled = new ConcurrentQueue<List<T>>();
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var producer = Task.Factory.StartNew(() => Produce(read, channel.Writer, recycled, abort.Token),
            abort.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(cancellation))
            {
                await load.AppendAsync(rows(chunk), cancellation);
                chunk.Clear();
                recycled.Enqueue(chunk);
            }
        }
        catch
        {
            await abort.CancelAsync();
            try { await producer; }
            catch { /* the reader stopped because of the failure being propagated, or failed first with it */ }
            throw;
        }
        return await producer;
    }

    private static FileReadSummary Produce<T>(Func<Action<T>, FileReadSummary> read, ChannelWriter<List<T>> writer,
        ConcurrentQueue<List<T>> recycled, CancellationToken abort)
    {
        var chunk = new List<T>(ChunkRows);
        try
        {
            var summary = read(row =>
            {
                chunk.Add(row);
                if (chunk.Count < ChunkRows) return;
                Publish(writer, chunk, abort);
                chunk = recycled.TryDequeue(out var reused) ? reused : new List<T>(ChunkRows);
            });
            if (chunk.Count > 0) Publish(writer, chunk, abort);
            writer.TryComplete();
            return summary;
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
            throw;
        }
    }

    private static void Publish<T>(ChannelWriter<List<T>> writer, List<T> chunk, CancellationToken abort)
    {
        // The reader thread is dedicated: blocking it while the store catches up is the back-pressure.
        while (!writer.TryWrite(chunk))
            if (!writer.WaitToWriteAsync(abort).AsTask().GetAwaiter().GetResult())
                throw new OperationCanceledException(abort);
    }
}
