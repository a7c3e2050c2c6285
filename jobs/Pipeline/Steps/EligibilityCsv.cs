using System.Globalization;
using Sylvan.Data.Csv;
using Vacances.Analytics.Eligibility;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// Reads back the results contract (DESIGN §4.3) that the eligibility fan-in merged, for the steps after it.
/// The explanation is not in the contract: it is empty here.
/// </summary>
public static class EligibilityCsv
{
    public static IReadOnlyList<EligibilityResult> Read(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Delimiter = ';', HasHeaders = true });
        var results = new List<EligibilityResult>();
        while (reader.Read())
        {
            var reasons = reader.GetString(5);
            results.Add(new EligibilityResult(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3) == "true",
                decimal.Parse(reader.GetString(4), NumberStyles.Number, CultureInfo.InvariantCulture),
                reasons.Length == 0 ? [] : reasons.Split('|'),
                ""));
        }
        return results;
    }
}
