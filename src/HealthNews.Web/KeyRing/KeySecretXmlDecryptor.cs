using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace HealthNews.Web.KeyRing;

/// <summary>
/// Decrypts a key of the ring that <see cref="KeySecretXmlEncryptor"/> encrypted. Data Protection makes it by name, from
/// the type recorded beside the key, with the application's services.
/// </summary>
/// <param name="services">The application's services, which hold the configured <see cref="KeySecret"/> when there is one.</param>
public sealed class KeySecretXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    /// <summary>The encrypted key's element.</summary>
    public const string ElementName = "encryptedKeyRingElement";

    /// <summary>The element that holds the sealed bytes, in Base64.</summary>
    public const string ValueName = "value";

    /// <summary>The key's XML, decrypted under the configured key secret.</summary>
    /// <param name="encryptedElement">What <see cref="KeySecretXmlEncryptor"/> wrote.</param>
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var secret = services.GetService<KeySecret>()
            ?? throw new CryptographicException("The key ring is encrypted with DataProtection:KeySecret, which this web server is not configured with.");
        var value = encryptedElement.Element(ValueName)?.Value
            ?? throw new CryptographicException($"The encrypted key has no <{ValueName}> element.");
        return XElement.Parse(Encoding.UTF8.GetString(secret.Decrypt(Convert.FromBase64String(value))));
    }
}
