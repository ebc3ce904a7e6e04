using HealthNews.Testing;
using System.Net;
using HealthNews.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Pages;

public abstract class CategoryPageTests(PortalFactory portal)
{
    private const string Url = "/chuyen-muc/hoat-dong-cua-lanh-dao-bo";

    // From ../shared/seeds/000_21f9db5134b92a1d.txt, the 20 items of the captured listing, in its order.
    private static readonly (string Title, string DateLine)[] SeedListing =
    [
        ("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba", "Thứ Năm, ngày 10/10/2024 09:09"),
        ("Tăng cường hợp tác về y tế nhân chuyến thăm chính thức của đồng chí Tổng Bí thư, Chủ tịch nước tới Mông Cổ, Ireland và Pháp", "Thứ Năm, ngày 10/10/2024 07:52"),
        ("Tăng cường hợp tác chuyển đổi số trong ngành Y tế", "Thứ Năm, ngày 10/10/2024 00:10"),
        ("Bộ trưởng Bộ Y tế Đào Hồng Lan thăm, động viên bệnh nhân ghép tim - gan tại Bệnh viện Việt Đức", "Thứ Tư, ngày 09/10/2024 09:13"),
        ("Chính thức đưa vào hoạt động Bệnh viện Nhi Hà Nội", "Thứ Tư, ngày 09/10/2024 08:35"),
        ("Tăng cường hợp tác y tế giữa Việt Nam và Cộng hòa Belarus", "Thứ Ba, ngày 08/10/2024 10:06"),
        ("Công đoàn Y tế Việt Nam biểu dương 198 gia đình tiêu biểu và 149 cháu học sinh thành tích cao giai đoạn 2022-2024", "Thứ Hai, ngày 07/10/2024 12:38"),
        ("Lễ phát động Chương trình vì sức khỏe cộng đồng “Mắt khoẻ ngời sáng tương lai”", "Thứ Hai, ngày 07/10/2024 07:43"),
        ("Một tháng, BVĐK Đức Giang thực hiện thành công 5 ca ghép thận", "Thứ Hai, ngày 07/10/2024 01:00"),
        ("Giải quyết một số khó khăn, vướng mắc trong công tác khám bệnh, chữa bệnh bảo hiểm y tế", "Thứ Sáu, ngày 04/10/2024 08:57"),
        ("Bộ Y tế điều động, bổ nhiệm Viện trưởng Viện Trang thiết bị và Công trình y tế", "Thứ Sáu, ngày 04/10/2024 08:52"),
        ("Thứ trưởng Bộ Y tế Trần Văn Thuấn làm việc với Viện Tony Blair vì sự phát triển toàn cầu", "Thứ Sáu, ngày 04/10/2024 06:23"),
        ("Trường Đại học Kỹ thuật Y - Dược Đà Nẵng tổ chức Lễ khai giảng năm học 2024 – 2025", "Thứ Năm, ngày 03/10/2024 09:14"),
        ("Bộ Y tế kiện toàn công tác cán bộ Bệnh viện Phong- Da liễu Trung ương Quỳnh Lập Nghệ An", "Thứ Năm, ngày 03/10/2024 06:44"),
        ("Thủ tướng: Mỗi công dân Việt Nam sẽ đều có sổ sức khoẻ điện tử", "Thứ Năm, ngày 03/10/2024 01:53"),
        ("Đoàn công tác Trung ương kiểm tra công tác chăm sóc sức khoẻ trẻ em tại Nghệ An", "Thứ Ba, ngày 01/10/2024 08:32"),
        ("Công nghệ sinh học và chuyển đổi số phục vụ phát triển ngành y tế", "Thứ Ba, ngày 01/10/2024 06:21"),
        ("Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên tiếp đại diện Công ty TNHH AstraZeneca Việt Nam", "Thứ Ba, ngày 01/10/2024 05:08"),
        ("Hội nghị công tác truyền thông y tế năm 2024: đánh dấu bước tiến với lễ công bố ra mắt mạng lưới truyền thông của ngành y tế", "Thứ Bẩy, ngày 28/09/2024 07:11"),
        ("Tôn vinh vẻ đẹp tri thức, tài năng, y đức, phong cách phục vụ người bệnh của cán bộ y tế cơ sở", "Thứ Bẩy, ngày 28/09/2024 03:08"),
    ];

    private static List<(string Title, string DateLine)> Items(AngleSharp.Html.Dom.IHtmlDocument document) =>
        document.QuerySelectorAll("main .listing .card")
            .Select(card => (card.QuerySelector(".card-title a")!.TextContent, card.QuerySelector(".date-line")!.TextContent))
            .ToList();

    [Fact]
    public async Task ListsTheSeedItemsWithTheSeedsDateLinesOnTwoPages()
    {
        using var client = portal.CreateClient();

        var (first, page1, _) = await client.GetPageAsync(Url);
        var (second, page2, _) = await client.GetPageAsync(Url + "?page=2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var all = Items(page1).Concat(Items(page2)).ToList();
        Assert.Equal(20, Items(page1).Count);
        Assert.Equal(2, Items(page2).Count);
        Assert.Equal(("Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO", "Thứ Ba, ngày 17/06/2025 08:08"), all[0]);
        Assert.Equal(SeedListing, all.Skip(1).Take(20));
        Assert.Equal("Thứ Bẩy, ngày 09/12/2023 08:28", all[21].DateLine);
    }

    [Fact]
    public async Task ShowsTheCategoryNameAsAnUpperCaseHeadingAndTheSeedsExcerpts()
    {
        using var client = portal.CreateClient();

        var (_, document, _) = await client.GetPageAsync(Url);

        var heading = document.QuerySelector("main h1")!;
        Assert.Equal("Hoạt động của lãnh đạo Bộ", heading.TextContent);
        Assert.Contains("category-title", heading.ClassList); // text-transform: uppercase in site.css
        var excerpts = document.QuerySelectorAll(".listing .excerpt").Select(p => p.TextContent).ToList();
        Assert.Contains("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba tại Việt Nam Chiều ngày 10/10/2024, Bộ trưởng Bộ Y tế Đào Hồng Lan đã tiếp ngài Orlando Hernandez Guillen, Đại...", excerpts);
        Assert.All(excerpts, e => Assert.True(e.Length <= 203, e));
        var thumbnail = document.QuerySelector(".listing .card .thumb img")!;
        Assert.Equal("lazy", thumbnail.GetAttribute("loading"));
        Assert.NotNull(thumbnail.GetAttribute("width"));
    }

    [Fact]
    public async Task LinksThePagesToEachOther()
    {
        using var client = portal.CreateClient();

        var (_, page1, _) = await client.GetPageAsync(Url);
        var (_, page2, _) = await client.GetPageAsync(Url + "?page=2");

        Assert.Equal(Url + "?page=2", page1.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(page1.QuerySelector(".pagination a[rel=prev]"));
        Assert.Equal(Url, page2.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("2", page2.QuerySelector(".pagination [aria-current=page]")!.TextContent);
    }

    [Theory]
    [InlineData(Url + "?page=3")]
    [InlineData(Url + "?page=0")]
    [InlineData(Url + "?page=-1")]
    [InlineData(Url + "?page=abc")]
    [InlineData(Url + "?page=99999999999")]
    [InlineData("/chuyen-muc/khong-ton-tai")]
    public async Task AnswersVietnamese404ForPagesThatDoNotExist(string url)
    {
        using var client = portal.CreateClient();

        var (response, document, _) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", document.QuerySelector("main h1")!.TextContent);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task AnEmptyCategoryHasAFirstPageThatSaysSo()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var categories = scope.ServiceProvider.GetRequiredService<Core.Categories.CategoryAdmin>();
            var created = await categories.CreateAsync(new Core.Categories.CategoryInput("Chuyên mục trống", "chuyen-muc-trong", null, 99),
                Core.Common.Actor.System("kiểm thử"));
            Assert.True(created.Succeeded, created.Message);
        }
        using var client = portal.CreateClient();

        var (response, document, _) = await client.GetPageAsync("/chuyen-muc/chuyen-muc-trong");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Chuyên mục này chưa có tin bài nào.", document.QuerySelector("main .empty")!.TextContent);
        Assert.Null(document.QuerySelector(".pagination"));
    }
}

public sealed class CategoryPageTestsOnSqlite(SqlitePortal portal) : CategoryPageTests(portal), IClassFixture<SqlitePortal>;

public sealed class CategoryPageTestsOnPostgreSql(PostgreSqlPortal portal) : CategoryPageTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class CategoryPageTestsOnSqlServer(SqlServerPortal portal) : CategoryPageTests(portal), IClassFixture<SqlServerPortal>;
