using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Vacances.Ingest.Files;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Store;
using Vacances.Ingest.Validation;

namespace Vacances.Benchmarks.Ingest;

/// <summary>
/// Ingest hot paths (issue 2, « Done when »: rows/s into each store): reading and validating a dossiers file
/// (collected in a list, or streamed to a sink as ingest does), and bulk-loading the accepted rows into
/// DuckDB. The file is generated deterministically in setup.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private static readonly string[] Communes = ["62065", "62570", "62498", "62510", "62413", "62186"];
    private readonly Pseudonymiser _pseudonymiser = new("clé de banc d'essai, seize octets"u8.ToArray());
    private string _folder = "";
    private string _dossiers = "";
    private FileReadResult<Vacances.Ingest.Model.Dossier>? _read;

    /// <summary>Number of dossier rows in the generated file.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "vacances-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        _dossiers = Path.Combine(_folder, "dossiers.csv");
        var text = new StringBuilder("dossier_id;operation;commune_insee;dispositif;start_date;end_date;lodging_eur;meals_eur;qf_eur;during_school_holidays;board;household_id\n");
        for (var i = 0; i < Rows; i++)
        {
            var start = new DateOnly(2026, 5, 1).AddDays(i % 150);
            text.Append(CultureInfo.InvariantCulture, $"D{i:D7};nrpp-2026;{Communes[i % Communes.Length]};individuel;{start:yyyy-MM-dd};{start.AddDays(7):yyyy-MM-dd};{400 + i % 300},{i % 100:D2};{100 + i % 50};{300 + i % 900};{(i % 2 == 0 ? "oui" : "non")};half;H{i:D7}\n");
        }
        File.WriteAllText(_dossiers, text.ToString(), new UTF8Encoding(false));
        _read = Read();
    }

    [Benchmark]
    public long ReadAndValidateDossiers() => Read().AcceptedCount;

    /// <summary>The ingest path: parse, validate and hand each accepted dossier to a sink, nothing kept (bounded memory).</summary>
    [Benchmark]
    public long StreamAndValidateDossiers()
    {
        long accepted = 0;
        DossierFile.Stream(_dossiers, "dossiers.csv", new IngestContext(_pseudonymiser, CommuneReferential.Default, "nrpp-2026"),
            _ => accepted++);
        return accepted;
    }

    [Benchmark]
    public async Task<long> StoreDossiersInDuckDb()
    {
        var directory = Path.Combine(_folder, "store-" + Guid.NewGuid().ToString("N")[..8]);
        await using (var store = await DuckDbOperationStore.OpenAsync(directory))
            await store.IngestAsync(new FileBatch("bench", "dossiers.csv", FileKind.Dossiers, _read!.RowsRead, _read.AcceptedCount,
                _read.Quarantined, StoreTables.Rows(_read.Accepted), null));
        Directory.Delete(directory, recursive: true);
        return _read!.AcceptedCount;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    private FileReadResult<Vacances.Ingest.Model.Dossier> Read() =>
        DossierFile.Read(_dossiers, "dossiers.csv", new IngestContext(_pseudonymiser, CommuneReferential.Default, "nrpp-2026"));
}
