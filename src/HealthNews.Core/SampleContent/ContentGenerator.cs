using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.SampleContent;

/// <summary>
/// Fills a database with realistic Vietnamese health news for load tests: titles, paragraphs, lists, captioned images
/// and tables, across the categories and the years, plus an open poll in the Vietnamese edition's sidebar. Deterministic for a seed.
/// </summary>
public sealed class ContentGenerator(HealthNewsDbContext db, ArticleRendering rendering)
{
    private const int BatchSize = 2000;

    private static readonly string[] Actors =
    [
        "Bộ trưởng Bộ Y tế", "Thứ trưởng Bộ Y tế", "Cục Quản lý Khám, chữa bệnh", "Cục Phòng bệnh", "Sở Y tế Hà Nội",
        "Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Viện Vệ sinh dịch tễ Trung ương", "Trung tâm Kiểm soát bệnh tật", "Cục Quản lý Dược",
    ];

    private static readonly string[] Actions =
    [
        "chỉ đạo tăng cường", "họp bàn về", "kiểm tra công tác", "phát động chương trình", "ký kết hợp tác về",
        "tổng kết", "triển khai kế hoạch", "hướng dẫn", "khuyến cáo người dân về", "đẩy mạnh",
    ];

    private static readonly string[] Topics =
    [
        "phòng chống sốt xuất huyết", "tiêm chủng mở rộng", "an toàn thực phẩm", "chuyển đổi số y tế", "khám chữa bệnh bảo hiểm y tế",
        "phòng chống bệnh lao", "chăm sóc sức khỏe người cao tuổi", "y tế cơ sở", "cung ứng thuốc và vật tư y tế", "hiến máu tình nguyện",
        "phòng chống tác hại thuốc lá", "dinh dưỡng trẻ em", "sức khỏe sinh sản", "kiểm soát bệnh truyền nhiễm", "đào tạo nhân lực y tế",
    ];

    private static readonly string[] Places =
    [
        "tại Hà Nội", "tại Thành phố Hồ Chí Minh", "tại Đà Nẵng", "tại Nghệ An", "tại Cần Thơ", "tại các tỉnh miền núi phía Bắc",
        "trên toàn quốc", "tại Hải Phòng", "tại Tây Nguyên", "tại Đồng bằng sông Cửu Long",
    ];

    private static readonly string[] Sentences =
    [
        "Theo báo cáo, số ca mắc trong tuần giảm so với cùng kỳ năm trước nhờ các biện pháp phòng chống được triển khai đồng bộ.",
        "Lãnh đạo Bộ Y tế đề nghị các địa phương tiếp tục nâng cao năng lực y tế cơ sở và y tế dự phòng.",
        "Các đơn vị cần chủ động xây dựng kế hoạch, bảo đảm đủ thuốc, vật tư và nhân lực cho công tác khám chữa bệnh.",
        "Người dân được khuyến cáo chủ động giữ gìn vệ sinh, ăn chín uống sôi và đi khám ngay khi có dấu hiệu bất thường.",
        "Hội nghị đã thống nhất nhiều giải pháp nhằm nâng cao chất lượng dịch vụ và sự hài lòng của người bệnh.",
        "Chương trình được kỳ vọng sẽ góp phần giảm gánh nặng bệnh tật và chi phí điều trị cho người dân.",
        "Việc ứng dụng công nghệ thông tin giúp rút ngắn thời gian chờ đợi và minh bạch thông tin khám chữa bệnh.",
        "Đoàn công tác đã thăm hỏi, động viên các y bác sĩ đang làm việc tại tuyến đầu phòng chống dịch.",
        "Các chuyên gia nhấn mạnh vai trò của truyền thông trong việc thay đổi hành vi có lợi cho sức khỏe.",
        "Bộ Y tế sẽ tiếp tục phối hợp với các tổ chức quốc tế để huy động nguồn lực cho ngành y tế.",
    ];

    /// <summary>Adds <paramref name="count"/> published Vietnamese articles and an open poll featured in the Vietnamese edition; returns how many were added.</summary>
    public async Task<int> GenerateAsync(int count, int seed = 20251122, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync(cancellationToken);
        if (categories.Count == 0)
        {
            throw new InvalidOperationException("There are no categories: start the portal once (with sample content) before generating articles.");
        }
        var image = await db.MediaFiles.AsNoTracking().Where(m => m.ContentType.StartsWith("image/")).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.FileName }).FirstOrDefaultAsync(cancellationToken);
        var imageSizes = await db.ImageSizesAsync(image is null ? [] : [image.Id], cancellationToken);
        var start = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var span = (new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc) - start).TotalMinutes;
        var run = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        for (var done = 0; done < count;)
        {
            var batch = Math.Min(BatchSize, count - done);
            for (var i = 0; i < batch; i++)
            {
                var number = done + i;
                var title = $"{Pick(random, Actors)} {Pick(random, Actions)} {Pick(random, Topics)} {Pick(random, Places)}";
                var published = start.AddMinutes(random.NextDouble() * span);
                var article = new Article
                {
                    Title = title,
                    Slug = VietnameseText.Slugify(title, 60) + "-" + run + "-" + number.ToString(CultureInfo.InvariantCulture),
                    Summary = Pick(random, Sentences) + " " + Pick(random, Sentences),
                    Body = Body(random, image is null ? null : MediaUrls.For(image.Id, image.FileName)),
                    CategoryId = categories[random.Next(categories.Count)],
                    AuthorName = "Phòng Truyền thông",
                    Status = ArticleStatus.Published,
                    PublishedAtUtc = published,
                    CreatedAtUtc = published,
                    UpdatedAtUtc = published,
                };
                rendering.Render(article, imageSizes);
                db.Articles.Add(article);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch;
            progress?.Invoke(done);
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await AddPollAsync(cancellationToken);
        return count;
    }

    private async Task AddPollAsync(CancellationToken cancellationToken)
    {
        // One featured poll per edition: the English edition's keeps its place.
        await db.Polls.Where(p => p.IsFeatured && p.Language == ContentLanguage.Vietnamese)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsFeatured, false), cancellationToken);
        var poll = new Poll
        {
            Question = "Bạn đánh giá thế nào về chất lượng dịch vụ y tế tại địa phương?",
            Language = ContentLanguage.Vietnamese,
            Status = PollStatus.Open,
            IsFeatured = true,
            ResultsVisibility = PollResultsVisibility.Always,
            AddressSalt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            CreatedAtUtc = DateTime.UnixEpoch,
            UpdatedAtUtc = DateTime.UnixEpoch,
        };
        foreach (var (text, order) in new[] { ("Tốt", 1), ("Bình thường", 2), ("Cần cải thiện", 3) })
        {
            poll.Options.Add(new PollOption { Text = text, SortOrder = order });
        }
        db.Polls.Add(poll);
        await db.SaveChangesAsync(cancellationToken);
    }


    private static string Body(Random random, string? imageUrl)
    {
        var body = new StringBuilder();
        var paragraphs = random.Next(4, 9);
        for (var p = 0; p < paragraphs; p++)
        {
            body.AppendJoin(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Pick(random, Sentences))).Append("\n\n");
            if (p == 1 && imageUrl is not null)
            {
                body.Append("![Quang cảnh hội nghị](").Append(imageUrl).Append(" \"Quang cảnh hội nghị.\")\n\n");
            }
            if (p == 2)
            {
                body.Append("Các nội dung chính:\n\n");
                foreach (var topic in Enumerable.Range(0, random.Next(3, 6)).Select(_ => Pick(random, Topics)))
                {
                    body.Append("- Tăng cường ").Append(topic).Append(";\n");
                }
                body.Append('\n');
            }
            if (p == 3 && random.Next(4) == 0)
            {
                body.Append("| Địa phương | Số ca |\n|---|---:|\n");
                foreach (var place in Enumerable.Range(0, 4).Select(_ => Pick(random, Places)))
                {
                    body.Append("| ").Append(place).Append(" | ").Append(random.Next(10, 900).ToString(CultureInfo.InvariantCulture)).Append(" |\n");
                }
                body.Append('\n');
            }
        }
        return body.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
