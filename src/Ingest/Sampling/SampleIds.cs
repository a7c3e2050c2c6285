using System.Globalization;

namespace Vacances.Ingest.Sampling;

/// <summary>Sequential pseudonymous keys of a generated operation (<c>D0000001</c>, <c>P00000001</c>, <c>H0000001</c>).</summary>
internal sealed class SampleIds(long dossiers)
{
    private readonly int _width = Math.Max(7, dossiers.ToString(CultureInfo.InvariantCulture).Length);
    private long _dossier;
    private long _participant;
    private long _household;

    public string NextDossier() => Format("D", ++_dossier, _width);

    public string NextParticipant() => Format("P", ++_participant, _width + 1);

    public string NextHousehold() => Format("H", ++_household, _width);

    public static string Format(string prefix, long number, int width) =>
        prefix + number.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
