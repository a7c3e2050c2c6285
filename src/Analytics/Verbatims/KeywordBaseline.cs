namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The keyword baseline the ML.NET model must beat by ten macro-F1 points (issue 5 item 4): hand-written
/// French cue lists per register, taken from the wording of seed <c>001_0c9c9836ad075950.txt</c> (« cinq
/// grands registres d'effets utiles ») and everyday vocabulary, not fitted to the corpus. An answer gets the
/// register with the most cue hits (ties: the earlier register of <see cref="VerbatimRegisters.All"/>), or
/// <c>autre</c> when nothing matches. Cues are accent-free stems matched as token prefixes; cues with a space
/// are matched as phrases. Confidence is the winning register's share of all hits.
/// </summary>
public sealed class KeywordBaseline : IRegisterPredictor
{
    private static readonly IReadOnlyDictionary<string, string[]> Cues = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [VerbatimRegisters.AccesDroits] =
        [
            "droit", "ancv", "caf", "vacaf", "cheque", "aide", "eligib", "existai", "savais", "connaissais",
            "ignor", "decouv", "ose", "demander", "bourse", "information", "renseign",
        ],
        [VerbatimRegisters.RelationInstitutions] =
        [
            "ccas", "mairie", "maire", "elu", "assistante", "social", "sociale", "agent", "accueil", "institution",
            "administration", "travailleur", "referent", "ecoute", "juge", "confiance envers", "service",
        ],
        [VerbatimRegisters.AutonomieFinanciere] =
        [
            "budget", "epargn", "econom", "cote", "argent", "pay", "paiement", "depense", "livret", "euros",
            "compte", "plusieurs fois", "financ", "cout", "prix", "reste charge",
        ],
        [VerbatimRegisters.Reengagement] =
        [
            "formation", "travail", "emploi", "boulot", "benevol", "association", "isol", "seul",
            "projet", "capable", "repartir", "cv", "club", "inscri", "amis", "sortir",
        ],
        [VerbatimRegisters.DynamiqueFamiliale] =
        [
            "enfant", "fils", "fille", "famille", "familial", "mari", "femme", "couple", "petits", "souvenir",
            "ensemble", "papa", "maman", "parent", "ados", "adolesc", "complicite",
        ],
        [VerbatimRegisters.Autre] =
        [
            "camping", "autocar", "bus", "mobil", "pluie", "meteo", "nourriture", "repas",
            "piscine", "plage", "sanitaire", "douche", "trajet", "bruit", "animation",
        ],
    };

    /// <inheritdoc />
    public IReadOnlyList<RegisterPrediction> Predict(IReadOnlyList<string> texts) => texts.Select(PredictOne).ToList();

    private static RegisterPrediction PredictOne(string text)
    {
        var tokens = TextNormalizer.Tokens(text);
        var phraseText = " " + string.Join(' ', tokens) + " ";
        var best = VerbatimRegisters.Autre;
        var bestHits = 0;
        var total = 0;
        foreach (var register in VerbatimRegisters.All)
        {
            var hits = 0;
            foreach (var cue in Cues[register])
                hits += cue.Contains(' ')
                    ? (phraseText.Contains(" " + cue, StringComparison.Ordinal) ? 1 : 0)
                    : tokens.Count(t => t.StartsWith(cue, StringComparison.Ordinal));
            total += hits;
            if (hits > bestHits)
            {
                best = register;
                bestHits = hits;
            }
        }
        return new RegisterPrediction(best, total == 0 ? 0f : (float)bestHits / total);
    }
}
