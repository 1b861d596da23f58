using ProfileGen.Serve;

namespace ProfileGen.Tests.Serve;

public class ChangeQueueTests
{
    [Fact]
    public async Task A_burst_of_saves_is_one_batch()
    {
        // Given ten saves in quick succession, as an editor's "save all" or a formatter makes
        var queue = new ChangeQueue(TimeSpan.FromMilliseconds(100));
        for (var i = 0; i < 10; i++) queue.Add($"profiles/p{i % 3}.md");

        // When the rebuild loop asks for work
        var batch = await queue.NextBatchAsync(CancellationToken.None);

        // Then it gets one batch naming each changed file once, and nothing more is pending
        Assert.Equal(["profiles/p0.md", "profiles/p1.md", "profiles/p2.md"], batch!.Order());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.NextBatchAsync(cancel.Token));
    }

    [Fact]
    public async Task Changes_during_a_rebuild_make_one_more_batch()
    {
        var queue = new ChangeQueue(TimeSpan.FromMilliseconds(50));
        queue.Add("profiles/a.md");
        Assert.Equal(["profiles/a.md"], await queue.NextBatchAsync(CancellationToken.None));
        queue.Add("templates/profile.html");
        queue.Add("profiles/b.md");
        Assert.Equal(["profiles/b.md", "templates/profile.html"], (await queue.NextBatchAsync(CancellationToken.None))!.Order());
    }

    [Fact]
    public async Task An_unknown_change_asks_for_everything()
    {
        var queue = new ChangeQueue(TimeSpan.FromMilliseconds(10));
        queue.Add("profiles/a.md");
        queue.AddEverything();
        Assert.Null(await queue.NextBatchAsync(CancellationToken.None));
    }
}
