using HealthNews.Core.OldAddresses;

namespace HealthNews.Core.Tests.OldAddresses;

/// <summary>The forms the old moh.gov.vn (Liferay 6) addresses took, written from the description.</summary>
public class OldPortalLinkTests
{
    [Theory]
    [InlineData("/web/guest/-/bo-truong-tiep-dai-su-cu-ba")]
    [InlineData("/-/bo-truong-tiep-dai-su-cu-ba")]
    [InlineData("/vi_VN/web/guest/-/bo-truong-tiep-dai-su-cu-ba")]
    [InlineData("/en_US/-/bo-truong-tiep-dai-su-cu-ba")]
    [InlineData("/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/k206Q9qkZOqn/content/bo-truong-tiep-dai-su-cu-ba")]
    [InlineData("/web/guest/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/k206Q9qkZOqn/content/bo-truong-tiep-dai-su-cu-ba")]
    [InlineData("/vi_VN/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/k206Q9qkZOqn/content/Bo-Truong-Tiep-Dai-Su-Cu-Ba/")]
    [InlineData("/en_US/web/guest/tin-tong-hop/-/asset_publisher/ABCDEF123456/content/bo-truong-tiep-dai-su-cu-ba")]
    public void ReadsAnArticleAddressInEveryForm(string path)
    {
        Assert.Equal(new OldPortalLink("bo-truong-tiep-dai-su-cu-ba", false), OldPortalLink.Parse(path));
    }

    [Theory]
    [InlineData("/web/guest/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/vi_VN/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/vi_VN/web/guest/hoat-dong-cua-lanh-dao-bo/")]
    [InlineData("/en_US/Hoat-Dong-Cua-Lanh-Dao-Bo")]
    public void ReadsAListingAddress(string path)
    {
        Assert.Equal(new OldPortalLink("hoat-dong-cua-lanh-dao-bo", true), OldPortalLink.Parse(path));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc/bo-truong-tiep-dai-su-cu-ba")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/web/guest")]
    [InlineData("/web/guest/a/b")]
    [InlineData("/-/")]
    public void LeavesEveryOtherPathAlone(string path)
    {
        Assert.Null(OldPortalLink.Parse(path));
    }

    [Fact]
    public void TheOldSlugsWordsAreWhatTheReaderWouldSearchFor()
    {
        Assert.Equal("bo truong tiep dai su cu ba", OldPortalLink.Parse("/web/guest/-/bo-truong-tiep-dai-su-cu-ba")!.Words);
    }
}
