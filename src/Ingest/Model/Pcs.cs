namespace Vacances.Ingest.Model;

/// <summary>Socio-professional category (INSEE PCS, first level, DESIGN §3.2).</summary>
public enum Pcs
{
    Agriculteur,
    ArtisanCommercant,
    Cadre,
    Intermediaire,
    Employe,
    Ouvrier,
    Retraite,
    SansActivite,
    Etudiant,
}
