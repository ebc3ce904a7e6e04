using System.Security.Cryptography;
using System.Text;

namespace HealthNews.Web.KeyRing;

/// <summary>
/// Encrypts the key ring's XML under <c>DataProtection:KeySecret</c> (ADR-016): for each element a random salt, a key
/// derived from the secret and the salt by HKDF-SHA256, and AES-256-GCM with a random nonce. Laid out as
/// version (1 byte) | salt (16) | nonce (12) | tag (16) | ciphertext. Only framework primitives are used.
/// </summary>
public sealed class KeySecret
{
    private const byte Version = 1;
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;
    private static readonly byte[] Info = Encoding.UTF8.GetBytes("HealthNews Data Protection key ring, v1");

    private readonly byte[] _secret;

    private KeySecret(byte[] secret) => _secret = secret;

    /// <summary>The secret, or null when <paramref name="secret"/> is missing or shorter than the minimum.</summary>
    /// <param name="secret">The configured <c>DataProtection:KeySecret</c>.</param>
    public static KeySecret? TryCreate(string? secret) =>
        string.IsNullOrWhiteSpace(secret) || secret.Length < KeyRingOptions.MinimumSecretLength ? null : new KeySecret(Encoding.UTF8.GetBytes(secret));

    /// <summary>The encrypted form of <paramref name="plaintext"/>.</summary>
    /// <param name="plaintext">The bytes to encrypt.</param>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext)
    {
        var sealedBytes = new byte[1 + SaltBytes + AesGcm.NonceByteSizes.MaxSize + AesGcm.TagByteSizes.MaxSize + plaintext.Length];
        sealedBytes[0] = Version;
        var salt = sealedBytes.AsSpan(1, SaltBytes);
        var nonce = sealedBytes.AsSpan(1 + SaltBytes, AesGcm.NonceByteSizes.MaxSize);
        var tag = sealedBytes.AsSpan(1 + SaltBytes + nonce.Length, AesGcm.TagByteSizes.MaxSize);
        var ciphertext = sealedBytes.AsSpan(1 + SaltBytes + nonce.Length + tag.Length);
        RandomNumberGenerator.Fill(salt);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(DeriveKey(salt), tag.Length);
        aes.Encrypt(nonce, plaintext, ciphertext, tag, sealedBytes.AsSpan(0, 1));
        return sealedBytes;
    }

    /// <summary>The plaintext of <paramref name="sealedBytes"/>; a <see cref="CryptographicException"/> when it was not sealed under this secret.</summary>
    /// <param name="sealedBytes">What <see cref="Encrypt"/> returned.</param>
    public byte[] Decrypt(ReadOnlySpan<byte> sealedBytes)
    {
        var nonceBytes = AesGcm.NonceByteSizes.MaxSize;
        var tagBytes = AesGcm.TagByteSizes.MaxSize;
        if (sealedBytes.Length < 1 + SaltBytes + nonceBytes + tagBytes || sealedBytes[0] != Version)
        {
            throw new CryptographicException("The key ring element is not in the form DataProtection:KeySecret encrypts.");
        }
        var salt = sealedBytes.Slice(1, SaltBytes);
        var nonce = sealedBytes.Slice(1 + SaltBytes, nonceBytes);
        var tag = sealedBytes.Slice(1 + SaltBytes + nonceBytes, tagBytes);
        var ciphertext = sealedBytes[(1 + SaltBytes + nonceBytes + tagBytes)..];
        var plaintext = new byte[ciphertext.Length];
        using var aes = new AesGcm(DeriveKey(salt), tagBytes);
        aes.Decrypt(nonce, ciphertext, tag, plaintext, sealedBytes[..1]);
        return plaintext;
    }

    private byte[] DeriveKey(ReadOnlySpan<byte> salt)
    {
        var key = new byte[KeyBytes];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, key, salt, Info);
        return key;
    }
}
