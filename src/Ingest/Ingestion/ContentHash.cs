using System.Security.Cryptography;

namespace Vacances.Ingest.Ingestion;

/// <summary>The idempotency key of a file: SHA-256 of its bytes, in lower-case hexadecimal.</summary>
public static class ContentHash
{
    /// <summary>Hashes the file at <paramref name="path"/> (streamed).</summary>
    public static string Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
