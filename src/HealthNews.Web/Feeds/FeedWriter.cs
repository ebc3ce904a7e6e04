using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace HealthNews.Web.Feeds;

/// <summary>Writes RSS 2.0 channels, sitemaps (protocol 0.9), sitemap indexes and Google News sitemaps as UTF-8 XML.</summary>
public static class FeedWriter
{
    public const string RssContentType = "application/rss+xml; charset=utf-8";
    public const string XmlContentType = "application/xml; charset=utf-8";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static byte[] Rss(RssChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var element = new XElement("channel",
            new XElement("title", channel.Title),
            new XElement("link", channel.Link),
            new XElement("description", channel.Description),
            new XElement("language", channel.Language),
            new XElement(Atom + "link", new XAttribute("href", channel.SelfLink), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")),
            channel.LastBuildDate is null ? null : new XElement("lastBuildDate", channel.LastBuildDate),
            channel.Items.Select(item => new XElement("item",
                new XElement("title", item.Title),
                new XElement("link", item.Link),
                string.IsNullOrWhiteSpace(item.Description) ? null : new XElement("description", item.Description),
                new XElement("pubDate", item.PubDate),
                new XElement("guid", new XAttribute("isPermaLink", "true"), item.Link),
                new XElement("category", item.Category),
                item.Enclosure is not { } enclosure ? null : new XElement("enclosure",
                    new XAttribute("url", enclosure.Url),
                    new XAttribute("length", enclosure.Length),
                    new XAttribute("type", enclosure.Type)))));
        return Write(new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "atom", Atom.NamespaceName), element));
    }

    public static byte[] SitemapIndex(IEnumerable<SitemapUrl> sitemaps) => Entries("sitemapindex", "sitemap", sitemaps);

    /// <summary>A sitemap; with 50,000 addresses it is about 9 MB, so it is written as it goes rather than built as a tree.</summary>
    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls) => Entries("urlset", "url", urls);

    public static byte[] NewsSitemap(IEnumerable<NewsSitemapUrl> urls) =>
        Write(new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "news", News.NamespaceName),
            urls.Select(u => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", u.Location),
                new XElement(News + "news",
                    new XElement(News + "publication",
                        new XElement(News + "name", SiteIdentity.Publisher),
                        new XElement(News + "language", u.Language)),
                    new XElement(News + "publication_date", u.PublicationDate),
                    new XElement(News + "title", u.Title))))));

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    private static byte[] Entries(string root, string entry, IEnumerable<SitemapUrl> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(root, Sitemap.NamespaceName);
            if (root == "urlset")
            {
                writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml.NamespaceName); // the hreflang alternates' prefix
            }
            foreach (var url in urls)
            {
                writer.WriteStartElement(entry, Sitemap.NamespaceName);
                writer.WriteElementString("loc", Sitemap.NamespaceName, url.Location);
                if (url.LastModified is not null)
                {
                    writer.WriteElementString("lastmod", Sitemap.NamespaceName, url.LastModified);
                }
                foreach (var alternate in url.Alternates)
                {
                    writer.WriteStartElement("xhtml", "link", Xhtml.NamespaceName);
                    writer.WriteAttributeString("rel", "alternate");
                    writer.WriteAttributeString("hreflang", alternate.Language);
                    writer.WriteAttributeString("href", alternate.Location);
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static byte[] Write(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }
        return stream.ToArray();
    }
}
