using Vacances.Analytics.Flows;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;

namespace Vacances.Analytics.Indicators;

/// <summary>What the catalogue computes from: the accepted rows, their aid flows, and the COG populations.</summary>
/// <param name="Communes">COG communes by INSEE code (population, EPCI, département): in production
/// <see cref="CommuneReferential.Default"/>'s communes, keyed by code.</param>
public sealed record IndicatorInputs(
    OperationData Data,
    AidFlowResult Flows,
    IReadOnlyDictionary<string, Commune> Communes);
