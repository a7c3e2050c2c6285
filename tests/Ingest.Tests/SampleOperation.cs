namespace Vacances.Ingest.Tests;

/// <summary>A small valid operation in the canonical formats (DESIGN §3), written by hand for the tests.</summary>
public static class SampleOperation
{
    public const string OperationYaml = """
        id: test-2026
        name: "Opération de test — 2026"
        year: 2026
        territory: { epci: ["246200364"], departements: ["62"] }
        rule_sets: [ancv]
        dispositifs:
          individuel: [ancv.apv, commune.aide_locale]
          sac_ados: [ancv.depart1825]
        stacking_order: [caf62, ancv, "commune:"]
        funders:
          - { code: ancv, name: "ANCV", kind: national }
          - { code: "commune:62065", name: "Ville d'Avion", kind: commune }
        small_cell_threshold: 11
        """;

    public const string Dossiers = """
        dossier_id;operation;commune_insee;dispositif;start_date;end_date;destination_insee;lodging_eur;meals_eur;qf_eur;during_school_holidays;board;nom
        D1;test-2026;62065;individuel;2026-07-04;2026-07-11;75056;420,50;100;610;oui;half;Dupont
        D2;test-2026;62570;sac_ados;15/08/2026;22/08/2026;;300.00;;;non;;Martin
        D3;test-2026;62065;individuel;2026-08-01;2026-08-08;;0;0;;;;
        """;

    public const string Participants = """
        participant_id;dossier_id;birth_date;age;role;pcs;gir;statuses;first_departure;prenom
        P1;D1;1980-03-02;;adult;employe;;;oui;Jeanne
        P2;D1;;9;child;;;;;Léa
        P3;D2;2008-01-01;;adult;etudiant;;boursier|cej;vrai;Hugo
        """;

    public const string Aids = """
        dossier_id;participant_id;programme;funder;amount_eur
        D1;;ancv.apv;ancv;200
        D2;P3;ancv.depart1825;ancv;150,5
        """;

    public const string Professionals = """
        pro_id;commune_insee;role;month;hours_direct;hours_total
        R1;62065;cesf;2026-02;60;110
        R1;62065;cesf;2026-03;62,5;108
        """;

    public const string Codebook = """
        {"questions": [
          {"id": "decouverte_droits_vacances", "label": "Avez-vous découvert vos droits ?", "type": "single", "options": {"oui": "Oui", "non": "Non"}},
          {"id": "heures", "label": "Heures", "type": "number"},
          {"id": "verbatim", "label": "Un mot ?", "type": "text"}
        ]}
        """;

    public const string Partants = """
        response_id;commune_insee;dispositif;household_type;pcs;decouverte_droits_vacances;verbatim;email
        R1;62065;individuel;couple_enfants;employe;oui;Super séjour;a@b.fr
        R2;62570;sac_ados;seul;etudiant;non;;
        """;

    /// <summary>Writes the whole operation into <paramref name="folder"/>.</summary>
    public static void WriteTo(TempFolder folder)
    {
        folder.Write("operation.yaml", OperationYaml);
        folder.Write("dossiers.csv", Dossiers);
        folder.Write("participants.csv", Participants);
        folder.Write("aids.csv", Aids);
        folder.Write("professionals.csv", Professionals);
        folder.Write("survey/codebook.json", Codebook);
        folder.Write("survey/partants.csv", Partants);
    }
}
