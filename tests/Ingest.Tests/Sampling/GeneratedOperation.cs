using System.Globalization;
using Vacances.TestSupport;

namespace Vacances.Ingest.Tests.Sampling;

/// <summary>The canonical files of one committed sample folder, read once per test class.</summary>
internal sealed class GeneratedOperation
{
    private static readonly Dictionary<string, GeneratedOperation> Cache = [];

    private GeneratedOperation(string directory)
    {
        Directory = directory;
        Dossiers = SampleTable.Read(Path.Combine(directory, "dossiers.csv"));
        Participants = SampleTable.Read(Path.Combine(directory, "participants.csv"));
        Aids = SampleTable.Read(Path.Combine(directory, "aids.csv"));
        Professionals = SampleTable.Read(Path.Combine(directory, "professionals.csv"));
        CvRequests = SampleTable.Read(Path.Combine(directory, "cv_requests.csv"));
        EquipmentRequests = SampleTable.Read(Path.Combine(directory, "equipment_requests.csv"));
        Partants = SampleTable.Read(Path.Combine(directory, "survey", "partants.csv"));
        Professionnels = SampleTable.Read(Path.Combine(directory, "survey", "professionnels.csv"));
        DossiersById = Dossiers.Rows.ToDictionary(r => r["dossier_id"]);
    }

    public string Directory { get; }
    public SampleTable Dossiers { get; }
    public SampleTable Participants { get; }
    public SampleTable Aids { get; }
    public SampleTable Professionals { get; }
    public SampleTable CvRequests { get; }
    public SampleTable EquipmentRequests { get; }
    public SampleTable Partants { get; }
    public SampleTable Professionnels { get; }
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DossiersById { get; }

    /// <summary>A committed sample (<c>data-samples/&lt;name&gt;</c>).</summary>
    public static GeneratedOperation Committed(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var operation))
                Cache[name] = operation = new GeneratedOperation(Path.Combine(RepositoryPaths.DataSamples, name));
            return operation;
        }
    }

    public static decimal Money(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Completed years of a participant on the first day of their dossier's stay (I-02).</summary>
    public int AgeAtStart(IReadOnlyDictionary<string, string> participant)
    {
        var start = Date(DossiersById[participant["dossier_id"]]["start_date"]);
        var birth = Date(participant["birth_date"]);
        var age = start.Year - birth.Year;
        if (start.Month < birth.Month || (start.Month == birth.Month && start.Day < birth.Day)) age--;
        return age;
    }

    public decimal TotalCost(IReadOnlyDictionary<string, string> dossier) =>
        new[] { "lodging_eur", "meals_eur", "tourist_tax_eur", "transport_eur", "activities_eur", "extras_eur" }.Sum(c => Money(dossier[c]));
}
