namespace Vacances.Ingest.Sampling;

/// <summary>The operation profiles <c>vacances sample --profil</c> knows, by name.</summary>
public static class SampleProfiles
{
    /// <summary>Profile names, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [NrppProfile.Id, Caf35Profile.Id];

    internal static SampleProfile Get(string name) => name switch
    {
        NrppProfile.Id => NrppProfile.Create(),
        Caf35Profile.Id => Caf35Profile.Create(),
        _ => throw new ArgumentException($"Profil inconnu « {name} » (profils : {string.Join(", ", Names)}).", nameof(name)),
    };
}
