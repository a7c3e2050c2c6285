using System.CommandLine;

namespace Vacances.Jobs.Cli;

/// <summary>Options the pipeline verbs share (<c>bilan</c>, <c>run</c>, <c>serve</c>, <c>worker</c>), and their checks.</summary>
internal static class PipelineOptions
{
    /// <summary>The operation of the main job when <c>--data</c> is not given (DESIGN §2).</summary>
    public const string DefaultData = "data-samples/nrpp-2026";

    /// <summary><c>--data</c>: required for <c>run</c>, <see cref="DefaultData"/> for <c>bilan</c>.</summary>
    public static Option<string> Data(bool required)
    {
        var option = new Option<string>("--data") { Description = "Dossier de l'opération (fichiers canoniques et operation.yaml).", Required = required };
        if (!required) option.DefaultValueFactory = _ => DefaultData;
        return option;
    }

    public static Option<string> Out() => new("--out")
    {
        Description = "Dossier de sortie (bilan PDF et HTML, fiches, rapports, indicators.csv, flows.csv…).",
        DefaultValueFactory = _ => "out",
    };

    public static Option<string?> Inbox() => new("--inbox")
    {
        Description = "Dossier de dépôt surveillé chaque minute : un fichier nouveau lance le pipeline (sorties dans --out).",
    };

    public static Option<int> Workers() => new("--workers")
    {
        Description = "Nombre de tâches traitées en parallèle par ce processus.",
        DefaultValueFactory = _ => Pipeline.Hosting.PipelineServer.DefaultWorkerCount,
    };

    /// <summary>Local folder where this process's jobs materialise their workspaces.</summary>
    public static string WorkRoot => Path.Combine(".vacances", "travail");
}
