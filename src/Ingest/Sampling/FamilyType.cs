namespace Vacances.Ingest.Sampling;

/// <summary>Shape of a <see cref="Composition.Family"/> household.</summary>
internal enum FamilyType
{
    SingleParent,
    CoupleWithChildren,
    Alone,
    Couple,
    /// <summary>One or two grand-parents travelling with grandchildren.</summary>
    GrandParents,
}
