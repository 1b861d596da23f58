using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ProfileGen.Serve;

/// <summary>The open pages' event streams: every message is broadcast to each of them.</summary>
public sealed class EventHub
{
    private readonly ConcurrentDictionary<Channel<string>, byte> _subscribers = new();

    public int Count => _subscribers.Count;

    public ChannelReader<string> Subscribe(out Action unsubscribe)
    {
        // A page that stops reading loses old messages, never blocks the server: the newest ones count.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        _subscribers[channel] = 0;
        unsubscribe = () => _subscribers.TryRemove(channel, out _);
        return channel.Reader;
    }

    public void Broadcast(string message)
    {
        foreach (var channel in _subscribers.Keys) channel.Writer.TryWrite(message);
    }

    /// <summary>Ends every stream, so the server can stop without waiting for open pages.</summary>
    public void CompleteAll()
    {
        foreach (var channel in _subscribers.Keys) channel.Writer.TryComplete();
    }
}
