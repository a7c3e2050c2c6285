using System.CommandLine;
using System.Text;
using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Errors;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances survey classify --in F.csv [--out F]</c> (DESIGN §7): reads free-text answers (<c>id;text</c>),
/// classifies each into a register of « effets utiles » with the model trained at first use from the shipped
/// corpus, and writes <c>id;register;confidence</c> to <c>--out</c> or to standard output (<see cref="VerbatimCsv"/>).
/// </summary>
public static class SurveyClassifyCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--in") { Description = "Fichier CSV des réponses libres (colonnes id;text).", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Fichier CSV écrit (id;register;confidence) ; sortie standard par défaut." };
        var command = new Command("classify", "Classe les réponses libres dans les registres d'effets utiles (accès aux droits, relation aux institutions…).");
        command.Options.Add(input);
        command.Options.Add(output);
        command.SetAction(async parse =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists) throw new InvalidInputException(file.FullName, null, null, "fichier introuvable.");
            IReadOnlyList<VerbatimAnswer> answers;
            await using (var stream = file.OpenRead()) answers = VerbatimCsv.Read(stream, file.FullName);
            var classified = VerbatimClassifier.Default.Classify(answers);
            var target = parse.GetValue(output);
            if (target is null)
            {
                VerbatimCsv.Write(parse.InvocationConfiguration.Output, classified);
                return ExitCodes.Success;
            }
            try
            {
                await using var writer = new StreamWriter(target.FullName, false, new UTF8Encoding(false));
                VerbatimCsv.Write(writer, classified);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InfrastructureException($"impossible d'écrire {target.FullName} : {e.Message}", e);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
