namespace Vacances.Ingest.Model;

/// <summary>Reason given for exchanging expired Chèques-Vacances (DESIGN §3.4, seed 003).</summary>
public enum CvReason
{
    Sante,
    Aidance,
    EvenementFamilial,
    EvenementProfessionnel,
    Sinistre,
}
