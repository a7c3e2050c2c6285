namespace Vacances.Analytics.Eligibility;

/// <summary>The input a result row is about; rows are written in this order (DESIGN §4.3).</summary>
public enum RowKind : byte
{
    Dossier,
    CvRequest,
    EquipmentRequest,
}
