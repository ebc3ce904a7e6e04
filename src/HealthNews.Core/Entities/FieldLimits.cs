namespace HealthNews.Core.Entities;

/// <summary>
/// How long each text field may be, in characters: the one home that the EF configuration (column sizes), the services'
/// validation (a clear message instead of a database error) and the forms (<c>maxlength</c>) all read.
/// </summary>
public static class FieldLimits
{
    /// <summary>Every address slug: articles, revisions, redirects and categories.</summary>
    public const int Slug = 200;

    /// <summary>An address on this site that an old one leads to.</summary>
    public const int SitePath = 500;

    /// <summary>A person's display name, as stored with what they wrote or did.</summary>
    public const int PersonName = 200;

    /// <summary>An Identity user id.</summary>
    public const int UserId = 450;

    /// <summary>An article and each of its revisions.</summary>
    public static class Article
    {
        public const int Title = 500;
        public const int Summary = 2000;
        public const int SeoDescription = 300;
        public const int FeaturedImageAlt = 500;
        public const int FeaturedImageCaption = 1000;
        public const int SearchKey = 3000;
        public const int Status = 20;
        public const int RevisionNote = 200;

        /// <summary>Why an editor sent an article back to its author.</summary>
        public const int ReturnReason = 1000;
        public const int RevisionAttachmentIds = 1000;

        /// <summary>The most hand-picked "Tin liên quan" items an article may have.</summary>
        public const int RelatedPicks = 10;

        /// <summary>A revision's picked related ids, comma-separated: <see cref="RelatedPicks"/> ids of up to 10 digits.</summary>
        public const int RevisionRelatedArticleIds = 200;

        /// <summary>A revision's tag names, comma-separated: <see cref="Tag.PerArticle"/> names of up to <see cref="Tag.Name"/> characters.</summary>
        public const int RevisionTags = Tag.PerArticle * (Tag.Name + 2);
    }

    public static class Tag
    {
        public const int Name = 100;

        /// <summary>The most tags an article may have.</summary>
        public const int PerArticle = 10;
    }

    public static class Category
    {
        public const int Name = 200;
    }

    public static class Media
    {
        public const int FileName = 260;
        public const int ContentType = 100;
        public const int AltText = 500;
        public const int Caption = 1000;
        public const int StorageKey = 500;
        public const int Variants = 100;
    }

    public static class Poll
    {
        public const int Question = 500;
        public const int OptionText = 300;
        public const int Enum = 20;
        public const int AddressSalt = 64;
        public const int VoterKey = 100;
        public const int AddressHash = 64;
    }

    public static class Audit
    {
        public const int UserName = 256;
        public const int Action = 64;
        public const int EntityType = 64;
        public const int EntityId = 64;
        public const int Details = 4000;
        public const int IpAddress = 64;
    }
}
