using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Eligibility;

/// <summary>A case a domain expert can read: a situation, its source in the texts, the expected rows.</summary>
public sealed record EligibilityCase(string File, string Name, string Source, OperationData Data, IReadOnlyList<CaseExpectation> Expectations)
{
    public override string ToString() => $"{File}:{Name}";
}
