using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Core.Media;
using HealthNews.Core.SampleContent;
using HealthNews.Core.Search;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;

namespace HealthNews.Core.Tests.Search;

/// <summary>
/// The relevance set: what a reader would type (mostly without tone marks, as on a phone) and the sample article each
/// query is for, which must come back among the first three, on each database.
/// </summary>
public abstract class SearchRelevanceTests(string provider) : DatabaseTest(provider)
{
    public static readonly (string Query, string Title)[] Cases =
    [
        ("dai su cu ba", "Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba"),
        ("Bộ trưởng Đào Hồng Lan Cu Ba", "Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba"),
        ("le duc luan undp", "Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO"),
        ("ho tro ky thuat to chuc y te the gioi 2024-2027", "Bộ Y tế họp chuẩn bị Dự án Hỗ trợ Kỹ thuật y tế của Bộ Y tế - Tổ chức Y tế thế giới giai đoạn 2024-2027"),
        ("mong co ireland phap", "Tăng cường hợp tác về y tế nhân chuyến thăm chính thức của đồng chí Tổng Bí thư, Chủ tịch nước tới Mông Cổ, Ireland và Pháp"),
        ("day nhanh chuyen doi so", "Tiếp tục đẩy nhanh tiến độ chuyển đổi số ngành Y tế"),
        ("ghep tim gan viet duc", "Bộ trưởng Bộ Y tế Đào Hồng Lan thăm, động viên bệnh nhân ghép tim - gan tại Bệnh viện Việt Đức"),
        ("benh vien nhi ha noi", "Chính thức đưa vào hoạt động Bệnh viện Nhi Hà Nội"),
        ("belarus", "Tăng cường hợp tác y tế giữa Việt Nam và Cộng hòa Belarus"),
        ("cong doan y te bieu duong", "Công đoàn Y tế Việt Nam biểu dương 198 gia đình tiêu biểu và 149 cháu học sinh thành tích cao giai đoạn 2022-2024"),
        ("mat khoe ngoi sang", "Lễ phát động Chương trình vì sức khỏe cộng đồng “Mắt khoẻ ngời sáng tương lai”"),
        ("ghep than duc giang", "Một tháng, BVĐK Đức Giang thực hiện thành công 5 ca ghép thận"),
        ("kham chua benh bao hiem y te vuong mac", "Giải quyết một số khó khăn, vướng mắc trong công tác khám bệnh, chữa bệnh bảo hiểm y tế"),
        ("vien trang thiet bi cong trinh y te", "Bộ Y tế điều động, bổ nhiệm Viện trưởng Viện Trang thiết bị và Công trình y tế"),
        ("tran van thuan tony blair", "Thứ trưởng Bộ Y tế Trần Văn Thuấn làm việc với Viện Tony Blair vì sự phát triển toàn cầu"),
        ("khai giang ky thuat y duoc da nang", "Trường Đại học Kỹ thuật Y - Dược Đà Nẵng tổ chức Lễ khai giảng năm học 2024 – 2025"),
        ("phong da lieu quynh lap", "Bộ Y tế kiện toàn công tác cán bộ Bệnh viện Phong- Da liễu Trung ương Quỳnh Lập Nghệ An"),
        ("so suc khoe dien tu", "Thủ tướng: Mỗi công dân Việt Nam sẽ đều có sổ sức khoẻ điện tử"),
        ("suc khoe tre em nghe an", "Đoàn công tác Trung ương kiểm tra công tác chăm sóc sức khoẻ trẻ em tại Nghệ An"),
        ("cong nghe sinh hoc", "Công nghệ sinh học và chuyển đổi số phục vụ phát triển ngành y tế"),
        ("do xuan tuyen astrazeneca", "Thứ trưởng Bộ Y tế Đỗ Xuân Tuyên tiếp đại diện Công ty TNHH AstraZeneca Việt Nam"),
        ("mang luoi truyen thong", "Hội nghị công tác truyền thông y tế năm 2024: đánh dấu bước tiến với lễ công bố ra mắt mạng lưới truyền thông của ngành y tế"),
        ("\"y te co so gioi\"", "Tôn vinh vẻ đẹp tri thức, tài năng, y đức, phong cách phục vụ người bệnh của cán bộ y tế cơ sở"),
        ("domesco", "Thông tin về cơ sở bán buôn của cơ sở nhập khẩu nhưng không có quyền phân phối thuốc, nguyên liệu làm thuốc tại Việt Nam để phân phối của Công ty Cổ phần XNK Y tế Domesco"),
        ("vac xin sinh pham so 1", "Công ty TNHH MTV Vắc xin và Sinh phẩm số 1 công bố thông tin của doanh nghiệp nhà nước năm 2025"),
        ("hien mau tinh nguyen", "Họp Ban chỉ đạo Quốc gia vận động hiến máu tình nguyện 6 tháng đầu năm 2025: Bộ trưởng Đào Hồng Lan: “Số đơn vị máu đạt gần 50% kế hoạch năm là sự nỗ lực rất lớn của toàn hệ thống”"),
        ("phat vi pham an toan thuc pham", "Bộ trưởng Y tế: Đề xuất tăng gấp đôi mức phạt vi phạm an toàn thực phẩm"),
        ("bai bo thu tuc hanh chinh duoc", "Bộ Y tế tiếp tục bãi bỏ thêm các thủ tục hành chính lĩnh vực dược"),
        ("dan mach", "Thỏa thuận hỗ trợ kỹ thuật hợp tác chiến lược ngành y tế giai đoạn III giữa Bộ Y tế Việt Nam (Cục Phòng bệnh) và Bộ Nội vụ và Y tế Đan Mạch"),
        ("tiet canh", "Nổi ban tím tứ chi, ngừng tim sau bữa tiết canh, lòng lợn"),
        ("VTV truyền hình", "VTV chính thức có chương trình truyền hình chuyên biệt về y tế và sức khỏe cộng đồng"),
        ("nhau cai rang luoc", "Cứu sản phụ từng 3 lần mổ lấy thai bị nhau cài răng lược thể nặng"),
        ("muoi khang hoa chat", "Cảnh báo tình trạng kháng hóa chất của muỗi truyền bệnh sốt rét"),
        ("ha tinh sot ret ngoai lai", "Hà Tĩnh ghi nhận ca sốt rét ngoại lai có nguy cơ phát sinh ca bệnh thứ cấp"),
        ("thuc pham chuc nang", "Siết chặt quản lý thực phẩm chức năng"),
        ("ngan sach nha nuoc bhyt", "Mức hỗ trợ của ngân sách nhà nước cho một số đối tượng tham gia BHYT thế nào?"),
        ("lao khang thuoc", "Liên viện phối hợp thành công ca mổ thai cho sản phụ mắc lao kháng thuốc"),
        ("ung thu vu", "Gia đình 4 người mắc ung thư vú"),
        ("chinh quyen dia phuong 2 cap", "Bộ Y tế tập huấn phổ biến các quy định liên quan đến phân cấp, phân quyền trong lĩnh vực y tế theo mô hình chính quyền địa phương 2 cấp"),
        ("\"sốt rét\" muỗi", "Cảnh báo tình trạng kháng hóa chất của muỗi truyền bệnh sốt rét"),
    ];

    [Fact]
    public async Task EveryQueryFindsItsArticleAmongTheFirstThree()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var store = new FileSystemMediaStore(Path.Combine(Database.Directory, "media"), TimeProvider.System);
        await TestServices.SampleLoader(db, store).LoadIfEmptyAsync();
        var search = new ArticleSearch(db, new CategoryDirectory(db, TestServices.DataCache()), TimeProvider.System);

        var misses = new List<string>();
        foreach (var (query, title) in Cases)
        {
            var results = await search.SearchAsync(new SearchRequest(SearchQuery.Parse(query), null, null, null, 1));
            var top = results.Results.Items.Take(3).Select(r => r.Title).ToList();
            if (!top.Contains(title))
            {
                misses.Add($"«{query}» → [{string.Join(" | ", top)}], wanted «{title}»");
            }
        }

        Assert.True(Cases.Length >= 30);
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }
}

public sealed class SearchRelevanceTestsOnSqlite() : SearchRelevanceTests(DatabaseOptions.Sqlite);

public sealed class SearchRelevanceTestsOnPostgreSql() : SearchRelevanceTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class SearchRelevanceTestsOnSqlServer() : SearchRelevanceTests(DatabaseOptions.SqlServer);
