using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace HealthNews.Web.KeyRing;

/// <summary>Encrypts each new key of the ring before it is stored in the database (ADR-016).</summary>
/// <param name="secret">The configured key secret.</param>
public sealed class KeySecretXmlEncryptor(KeySecret secret) : IXmlEncryptor
{
    /// <summary>The key's XML, encrypted under the key secret, with the type that decrypts it.</summary>
    /// <param name="plaintextElement">The key's XML.</param>
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var element = new XElement(KeySecretXmlDecryptor.ElementName,
            new XComment(" Encrypted with AES-256-GCM under a key derived from DataProtection:KeySecret (HKDF-SHA256). "),
            new XElement(KeySecretXmlDecryptor.ValueName, Convert.ToBase64String(secret.Encrypt(plaintext))));
        return new EncryptedXmlInfo(element, typeof(KeySecretXmlDecryptor));
    }
}
