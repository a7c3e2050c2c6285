using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;

namespace Vacances.Ingest.Validation;

/// <summary>
/// What the readers of one operation share: the pseudonymiser, the commune referential, the operation id to
/// fill an empty <c>operation</c> cell, and the dossiers accepted so far (id → first day of the stay), against
/// which participants and aids are checked and ages computed.
/// </summary>
public sealed class IngestContext(Pseudonymiser pseudonymiser, CommuneReferential communes, string? operationId = null)
{
    /// <summary>Replaces direct identifiers.</summary>
    public Pseudonymiser Pseudonymiser { get; } = pseudonymiser;

    /// <summary>COG codes.</summary>
    public CommuneReferential Communes { get; } = communes;

    /// <summary>The operation's id (from <c>operation.yaml</c>), if known.</summary>
    public string? OperationId { get; } = operationId;

    /// <summary>Accepted dossiers: id → start date (filled as the dossier file is read; see <see cref="DossierDirectory"/>).</summary>
    public DossierDirectory Dossiers { get; } = new();

    /// <summary>
    /// The dossier id in <paramref name="column"/> of <paramref name="row"/> and whether it names an accepted dossier
    /// (then <paramref name="start"/> is its first day): the accepted dossier's own string when the id is known, so
    /// that millions of participant and aid rows share their dossier's id rather than each holding a copy (issue 9);
    /// otherwise the cell as <see cref="RowReader.RequiredText"/> reads it (an empty cell recorded as missing).
    /// </summary>
    public string DossierIdIn(RowReader row, int column, out bool known, out DateOnly start)
    {
        var raw = row.Raw(column);
        known = false;
        start = default;
        if (!raw.IsEmpty && Dossiers.TryFind(raw, out var id, out start))
        {
            known = true;
            return id;
        }
        return row.RequiredText(column);
    }
}
