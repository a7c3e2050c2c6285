namespace Vacances.Analytics.Eligibility;

/// <summary>The programmes with encoded rules (DESIGN §4.2); <see cref="ProgrammeNames"/> gives their ids.</summary>
internal enum Programme : byte
{
    AncvApv,
    AncvBsv,
    AncvDepart1825,
    AncvSeniors,
    AncvCvPerimes,
    AncvEquipements,
    AncvPratiqueSportive,
    AncvApvAppui,
    Caf35Avf,
    Caf35Aat,
    Caf35Avs,
    Caf35Ave,
}
