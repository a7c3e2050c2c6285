using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Sampling;

namespace Vacances.Benchmarks.Publicodes;

/// <summary>
/// Issue 3: the same participants' APV and Départ 18:25 results computed by this engine and by the Publicodes
/// engine (npm <c>publicodes</c> 1.10.1) from <c>benchmarks/publicodes/regles.publicodes.yaml</c>, timed in the same
/// run, and compared result by result. Our side is timed on the explanation-free fast path
/// (<see cref="EligibilityEvaluator"/>, warm) and, for reference, with French explanations (<c>Evaluate</c>). Participants with dossiers in several stays are left out, since the
/// once-a-year rule (I-09) spans rows and a Publicodes situation is one row.
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- publicodes [participants] [seed]</c>.
/// </summary>
public static class PublicodesComparison
{
    public static int Run(string[] args)
    {
        var wanted = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var work = Directory.CreateTempSubdirectory("vacances-publicodes-").FullName;
        try
        {
            SampleGenerator.Generate("nrpp-2026", wanted / 2, seed, work);
            var data = Restrict(OperationFolder.Load(work), wanted);
            var participants = data.Participants.Count;

            var engine = EligibilityEngine.LoadDefault();
            engine.Evaluate(data); // warm-up (JIT, parameter resolution)
            var clock = Stopwatch.StartNew();
            var explained = engine.Evaluate(data).Count;
            var explainedElapsed = clock.Elapsed;

            // The explanation-free fast path, warm (a reused evaluator allocates nothing): the timed comparison.
            var evaluator = new EligibilityEvaluator(engine);
            evaluator.Evaluate(data);
            clock.Restart();
            var evaluated = evaluator.Evaluate(data).Length;
            var oursElapsed = clock.Elapsed;
            var expected = new Dictionary<(string, string), (bool Eligible, decimal AidEur)>();
            foreach (var row in evaluator.Evaluate(data))
                if (row.ProgrammeId is "ancv.apv" or "ancv.depart1825")
                    expected.Add((evaluator.ParticipantId(row), row.ProgrammeId), (row.Eligible, row.AidEur));

            var situations = Path.Combine(work, "situations.csv");
            var theirsPath = Path.Combine(work, "publicodes.csv");
            WriteSituations(data, situations);
            var publicodes = RunPublicodes(situations, theirsPath);

            var rows = File.ReadLines(theirsPath).Skip(1).Select(l => l.Split(';')).ToArray();
            // No row from the engine = not evaluated (I-08: Départ 18:25 for a stay starting in January 2026) = not eligible.
            string Ours((string, string) key) => expected.TryGetValue(key, out var r)
                ? (r.Eligible ? "true" : "false") + " " + r.AidEur.ToString("0.00", CultureInfo.InvariantCulture)
                : "false 0.00";
            var disagreements = rows.Where(c => Ours((c[0], c[1])) != c[2] + " " + c[3]).ToArray();
            // Publicodes computes in binary floating point; I-07 asks for decimal arithmetic rounded once at the end,
            // so a half-cent result can round one cent apart. Those are counted apart from real disagreements.
            var oneCent = disagreements.Count(c =>
            {
                var mine = Ours((c[0], c[1])).Split(' ');
                return mine[0] == c[2] && Math.Abs(decimal.Parse(mine[1], CultureInfo.InvariantCulture) - decimal.Parse(c[3], CultureInfo.InvariantCulture)) == 0.01m;
            });

            var ourRate = evaluated / oursElapsed.TotalSeconds;
            var theirRate = rows.Length / (publicodes.TotalMilliseconds / 1000);
            Console.WriteLine($"participants: {participants}; our evaluations (all programmes, EligibilityEvaluator, no explanations): {evaluated} in {oursElapsed.TotalMilliseconds:0.0} ms ({ourRate:0} /s)");
            Console.WriteLine($"same with French explanations (EligibilityEngine.Evaluate): {explained} in {explainedElapsed.TotalMilliseconds:0} ms ({explained / explainedElapsed.TotalSeconds:0} /s)");
            Console.WriteLine($"publicodes evaluations (apv + depart1825): {rows.Length} in {publicodes.TotalMilliseconds:0} ms ({theirRate:0} /s)");
            Console.WriteLine($"speed ratio (evaluations per second, ours / publicodes): {ourRate / theirRate:0.0}");
            Console.WriteLine($"agreement: {rows.Length - disagreements.Length} / {rows.Length} results identical; {oneCent} differ by one cent (floating-point rounding in Publicodes); {disagreements.Length - oneCent} real disagreements");
            foreach (var d in disagreements.Take(10))
                Console.WriteLine($"  différence {d[0]} {d[1]}: publicodes {d[2]} {d[3]}, moteur {Ours((d[0], d[1]))}");
            return disagreements.Length == oneCent ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Dossiers whose participants all have a single dossier, until <paramref name="wanted"/> participants.</summary>
    private static OperationData Restrict(OperationData data, int wanted)
    {
        var dossiersPerPerson = data.Participants.GroupBy(p => p.ParticipantId).ToDictionary(g => g.Key, g => g.Count());
        var byDossier = data.Participants.GroupBy(p => p.DossierId).ToDictionary(g => g.Key, g => g.ToArray());
        var kept = new List<Dossier>();
        var people = new List<Participant>();
        foreach (var d in data.Dossiers)
        {
            if (people.Count >= wanted) break;
            if (!byDossier.TryGetValue(d.DossierId, out var group) || group.Any(p => dossiersPerPerson[p.ParticipantId] > 1)) continue;
            kept.Add(d);
            people.AddRange(group);
        }
        return data with { Dossiers = kept, Participants = people, Aids = [], CvRequests = [], EquipmentRequests = [] };
    }

    private static void WriteSituations(OperationData data, string path)
    {
        var byDossier = data.Participants.GroupBy(p => p.DossierId).ToDictionary(g => g.Key, g => (IReadOnlyList<Participant>)g.ToArray());
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(PublicodesSituation.Header + "\n");
        foreach (var d in data.Dossiers)
            foreach (var p in byDossier[d.DossierId])
                writer.Write(PublicodesSituation.Line(d, byDossier[d.DossierId], p) + "\n");
    }

    /// <summary>Runs the Node evaluator (installing its two npm packages on first use) and returns its own timing.</summary>
    private static TimeSpan RunPublicodes(string situations, string output)
    {
        var folder = Path.Combine(RepositoryRoot(), "benchmarks", "publicodes");
        if (!Directory.Exists(Path.Combine(folder, "node_modules"))) Exec("npm", "ci --no-audit --no-fund", folder);
        var json = Exec("node", $"evaluate.mjs \"{situations}\" \"{output}\"", folder);
        var ms = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("elapsed_ms").GetDouble();
        return TimeSpan.FromMilliseconds(ms);
    }

    private static string Exec(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} : code {process.ExitCode}");
        return output;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Vacances.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Vacances.Analytics.sln introuvable.");
    }
}
