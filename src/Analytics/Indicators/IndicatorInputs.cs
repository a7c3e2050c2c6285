using Vacances.Analytics.Flows;
using Vacances.Analytics.Referential;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Indicators;

/// <summary>What the catalogue computes from: the accepted rows, their aid flows, and the COG populations.</summary>
/// <param name="Communes">COG communes by INSEE code (population, EPCI, département).</param>
public sealed record IndicatorInputs(
    OperationData Data,
    AidFlowResult Flows,
    IReadOnlyDictionary<string, CommunePopulation> Communes);
