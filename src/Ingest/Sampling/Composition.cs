namespace Vacances.Ingest.Sampling;

/// <summary>Who travels together in a generated dossier.</summary>
internal enum Composition
{
    /// <summary>A household: parent(s) and children, a person alone, a couple, grand-parents with grandchildren.</summary>
    Family,
    /// <summary>One or two seniors, sometimes with a carer, a young companion or a professional carer.</summary>
    Seniors,
    /// <summary>A group of young people aged 16–25 (Sac Ados).</summary>
    Youths,
    /// <summary>Children without their family, in a holiday camp (CAF « aide aux vacances enfants »).</summary>
    ChildrenAlone,
}
