using HealthNews.Core.Entities;
using HealthNews.Core.Polls;

namespace HealthNews.Core.Tests.Polls;

public class PollRulesTests
{
    private static readonly DateTime Now = new(2025, 7, 10, 5, 0, 0, DateTimeKind.Utc);

    private static Poll NewPoll(bool multiple = false, int max = 1) => new()
    {
        Question = "Bạn đánh giá thế nào?",
        Status = PollStatus.Open,
        AllowMultiple = multiple,
        MaxChoices = max,
        Options = { },
    };

    private static Poll WithOptions(Poll poll, params int[] ids)
    {
        foreach (var id in ids)
        {
            poll.Options.Add(new PollOption { Id = id, Text = "Phương án " + id, SortOrder = id });
        }
        return poll;
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, new[] { 34, 33, 33 })]
    [InlineData(new[] { 2, 1 }, new[] { 67, 33 })]
    [InlineData(new[] { 0, 0, 0 }, new[] { 0, 0, 0 })]
    [InlineData(new[] { 5, 0 }, new[] { 100, 0 })]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1 }, new[] { 15, 15, 14, 14, 14, 14, 14 })]
    [InlineData(new[] { 333, 333, 334 }, new[] { 33, 33, 34 })]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, new[] { 5, 9, 14, 19, 24, 29 })]
    public void PercentagesAddUpToOneHundredByLargestRemainder(int[] counts, int[] expected)
    {
        var percents = PollRules.Percentages(counts);

        Assert.Equal(expected, percents);
        Assert.True(counts.Sum() == 0 ? percents.Sum() == 0 : percents.Sum() == 100);
    }

    [Fact]
    public void PercentagesOfManyRandomTalliesAlwaysSumToOneHundredAndStayWithinAPointOfTheTruth()
    {
        var random = new Random(20251122);
        for (var round = 0; round < 500; round++)
        {
            var counts = Enumerable.Range(0, random.Next(2, 21)).Select(_ => random.Next(0, 1000)).ToArray();
            if (counts.Sum() == 0)
            {
                continue;
            }
            var percents = PollRules.Percentages(counts);
            Assert.Equal(100, percents.Sum());
            for (var i = 0; i < counts.Length; i++)
            {
                Assert.True(Math.Abs(percents[i] - (100.0 * counts[i] / counts.Sum())) < 1.0);
            }
        }
    }

    [Fact]
    public void APollTakesVotesOnlyWhileOpenAndWithinItsWindow()
    {
        var poll = NewPoll();
        Assert.True(PollRules.IsAcceptingVotes(poll, Now));

        poll.OpensAtUtc = Now.AddMinutes(1);
        Assert.False(PollRules.IsAcceptingVotes(poll, Now));
        Assert.True(PollRules.IsAcceptingVotes(poll, Now.AddMinutes(1)));

        poll.ClosesAtUtc = Now.AddHours(1);
        Assert.False(PollRules.IsAcceptingVotes(poll, Now.AddHours(1))); // the closing time itself is closed
        Assert.True(PollRules.HasEnded(poll, Now.AddHours(1)));

        poll.OpensAtUtc = null;
        poll.ClosesAtUtc = null;
        foreach (var status in new[] { PollStatus.Draft, PollStatus.Closed, PollStatus.Archived })
        {
            poll.Status = status;
            Assert.False(PollRules.IsAcceptingVotes(poll, Now));
        }
    }

    [Fact]
    public void ChoicesMustBeGivenValidAndWithinTheLimit()
    {
        var single = WithOptions(NewPoll(), 1, 2, 3);
        var multiple = WithOptions(NewPoll(multiple: true, max: 2), 1, 2, 3);

        Assert.Null(PollRules.CheckChoices(single, [2]));
        Assert.Equal("Vui lòng chọn một phương án trước khi biểu quyết.", PollRules.CheckChoices(single, []));
        Assert.Equal("Phương án bạn chọn không thuộc cuộc thăm dò này.", PollRules.CheckChoices(single, [99]));
        Assert.Equal("Cuộc thăm dò này chỉ cho chọn một phương án.", PollRules.CheckChoices(single, [1, 2]));
        Assert.Null(PollRules.CheckChoices(multiple, [1, 3]));
        Assert.Null(PollRules.CheckChoices(multiple, [1, 1, 3])); // a repeated box counts once
        Assert.Equal("Bạn chỉ được chọn tối đa 2 phương án.", PollRules.CheckChoices(multiple, [1, 2, 3]));
    }

    [Theory]
    [InlineData(PollResultsVisibility.Always, false, false, true)]
    [InlineData(PollResultsVisibility.AfterVoting, false, false, false)]
    [InlineData(PollResultsVisibility.AfterVoting, true, false, true)]
    [InlineData(PollResultsVisibility.AfterVoting, false, true, true)]
    [InlineData(PollResultsVisibility.AfterClosing, true, false, false)]
    [InlineData(PollResultsVisibility.AfterClosing, false, true, true)]
    public void ResultsShowAsThePollSays(PollResultsVisibility visibility, bool hasVoted, bool closed, bool visible)
    {
        var poll = NewPoll();
        poll.ResultsVisibility = visibility;
        poll.Status = closed ? PollStatus.Closed : PollStatus.Open;

        Assert.Equal(visible, PollRules.ResultsVisible(poll, Now, hasVoted));
    }
}
