using Vacances.Ingest.Model;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// What the <c>public</c> section reads of one participant, packed in one byte so that the shared facts hold no
/// object per person (issue 9: 10 000 000 dossiers are about 26 million participants): adult or not on the stay's
/// first day (I-02), the PCS and the first-departure answer, each possibly unknown. Bit 0: adult; bits 1–2: first
/// departure (0 unknown, 1 no, 2 yes); bits 3–7: PCS + 1 (0 unknown).
/// </summary>
internal readonly struct ParticipantTraits
{
    private const int AdultBit = 1;
    private const int FirstDepartureShift = 1;
    private const int PcsShift = 3;
    private const int MaxPcsCode = 0xFF >> PcsShift;

    private readonly byte _bits;

    public ParticipantTraits(bool adult, Pcs? pcs, bool? firstDeparture)
    {
        var pcsCode = pcs is { } p ? (int)p + 1 : 0;
        if (pcsCode is < 0 or > MaxPcsCode)
            throw new ArgumentOutOfRangeException(nameof(pcs), pcs, "Code PCS hors de la plage des faits des indicateurs.");
        var first = firstDeparture switch { null => 0, false => 1, true => 2 };
        _bits = (byte)((adult ? AdultBit : 0) | first << FirstDepartureShift | pcsCode << PcsShift);
    }

    /// <summary>Aged 18 or over on the first day of the stay (I-02); false when the age (or the dossier) is unknown.</summary>
    public bool IsAdult => (_bits & AdultBit) != 0;

    public Pcs? Pcs => _bits >> PcsShift is var code and > 0 ? (Pcs)(code - 1) : null;

    public bool? FirstDeparture => ((_bits >> FirstDepartureShift) & 3) switch { 0 => null, 1 => false, _ => true };
}
