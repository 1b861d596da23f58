using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ProfileGen.Serve;

/// <summary>The open pages' event streams, each with the path of the page it belongs to.</summary>
public sealed class EventHub
{
    private readonly ConcurrentDictionary<Channel<string>, string?> _subscribers = new();

    public int Count => _subscribers.Count;

    /// <summary>The URL paths of the pages listening now.</summary>
    public IReadOnlyList<string> Pages => _subscribers.Values.OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <param name="page">The URL path of the page listening ("/careers/x/"), when it said.</param>
    public ChannelReader<string> Subscribe(string? page, out Action unsubscribe)
    {
        // A page that stops reading loses old messages, never blocks the server: the newest ones count.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers[channel] = page;
        unsubscribe = () => _subscribers.TryRemove(channel, out _);
        return channel.Reader;
    }

    public void Broadcast(string message)
    {
        foreach (var channel in _subscribers.Keys) channel.Writer.TryWrite(message);
    }

    /// <summary>Sends each page its own message, computed once per distinct page path.</summary>
    public void Broadcast(Func<string?, string> messageFor)
    {
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (channel, page) in _subscribers)
        {
            var key = page ?? "";
            if (!messages.TryGetValue(key, out var message)) messages[key] = message = messageFor(page);
            channel.Writer.TryWrite(message);
        }
    }

    /// <summary>Ends every stream, so the server can stop without waiting for open pages.</summary>
    public void CompleteAll()
    {
        foreach (var channel in _subscribers.Keys) channel.Writer.TryComplete();
    }
}
