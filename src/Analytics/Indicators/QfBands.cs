namespace Vacances.Analytics.Indicators;

/// <summary>
/// Quotient-familial bands of the public-reach breakdown, looked up on the QF truncated to whole euros (I-01). The
/// bounds are those of the rules that apply to the operations: the CAF's 90 % tier ends at 449 € and its family
/// holiday aid at 700 € (004_c9f267770fe193d4.txt, AVF; I-21), ANCV APV requires QF &lt; 900 € (I-40) and BSV
/// QF &lt; 1 000 € (I-43).
/// </summary>
public static class QfBands
{
    public static string Of(decimal qfEur)
    {
        var qf = decimal.Truncate(qfEur);
        return qf switch
        {
            <= 449m => "0-449",
            <= 700m => "450-700",
            <= 899m => "701-899",
            <= 999m => "900-999",
            _ => "1000+",
        };
    }
}
