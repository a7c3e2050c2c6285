using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Vacances.Ingest.Pseudonymisation;

/// <summary>
/// Replaces a direct identifier by a keyed HMAC-SHA256 pseudonym (DESIGN §10): the same clear value gives the
/// same pseudonym under the same key, and without the key the clear value cannot be recovered or confirmed.
/// Values are compared after trimming and lower-casing, so « Dupont » and « DUPONT » meet.
/// </summary>
public sealed class Pseudonymiser
{
    private readonly byte[] _key;

    /// <summary>Uses <paramref name="key"/> (at least 16 bytes).</summary>
    public Pseudonymiser(byte[] key)
    {
        if (key.Length < 16) throw new ArgumentException("La clé de pseudonymisation doit faire au moins 16 octets.", nameof(key));
        _key = key.ToArray();
    }

    /// <summary>The pseudonym of <paramref name="value"/>: <c>ps_</c> and 32 hexadecimal digits (128 bits of the HMAC).</summary>
    public string Pseudonym(ReadOnlySpan<char> value)
    {
        value = value.Trim();
        var lowered = ArrayPool<char>.Shared.Rent(Math.Max(1, value.Length));
        try
        {
            var length = value.ToLowerInvariant(lowered);
            var bytes = Encoding.UTF8.GetBytes(lowered, 0, length);
            Span<byte> hash = stackalloc byte[32];
            HMACSHA256.HashData(_key, bytes, hash);
            return "ps_" + Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowered);
        }
    }
}
