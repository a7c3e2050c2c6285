namespace Vacances.Reports.Pdf;

/// <summary>Placeholder replaced below once the bytes Chromium varies are known.</summary>
public static class PdfDeterminism
{
    public static byte[] Normalize(byte[] pdf) => pdf;
}
