using Vacances.Ingest.Files;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Validation;

namespace Vacances.Jobs.Cli;

/// <summary>
/// The operation the <c>eligibility</c> verb evaluates: an operation folder (<c>--data</c>), single canonical files
/// (<c>--dossiers</c>, <c>--participants</c>, <c>--cv-requests</c>, <c>--equipment-requests</c>), or a folder whose
/// tables are replaced by the single files given. Files are read by the ingest readers: quarantined rows are left out.
/// </summary>
internal static class EligibilityInput
{
    public static OperationData Load(string? data, string? dossiers, string? participants, string? cvRequests, string? equipmentRequests, TextWriter warnings)
    {
        var pseudonymiser = PseudonymKey.Resolve(warnings);
        var operation = data is null
            ? new OperationData { Config = new OperationConfig { Id = "fichiers", Name = "Fichiers isolés", Year = 0 } }
            : OperationFolder.Read(data, pseudonymiser).Data;
        var context = new IngestContext(pseudonymiser, CommuneReferential.Default, data is null ? null : operation.Config.Id);
        if (dossiers is not null)
        {
            operation = operation with { Dossiers = DossierFile.Read(dossiers, Path.GetFileName(dossiers), context).Accepted, Participants = [] };
        }
        else
        {
            foreach (var dossier in operation.Dossiers) context.Dossiers[dossier.DossierId] = dossier.StartDate;
        }
        if (participants is not null)
            operation = operation with { Participants = ParticipantFile.Read(participants, Path.GetFileName(participants), context).Accepted };
        if (cvRequests is not null)
            operation = operation with { CvRequests = CvRequestFile.Read(cvRequests, Path.GetFileName(cvRequests), context).Accepted };
        if (equipmentRequests is not null)
            operation = operation with { EquipmentRequests = EquipmentRequestFile.Read(equipmentRequests, Path.GetFileName(equipmentRequests), context).Accepted };
        return operation;
    }
}
