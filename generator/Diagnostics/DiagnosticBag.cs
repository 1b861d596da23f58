using System.Collections.Concurrent;

namespace ProfileGen.Diagnostics;

/// <summary>
/// Collects every problem of a build (all of them, not just the first). Safe to add to from
/// parallel phases; <see cref="Sorted"/> gives a deterministic order for printing.
/// </summary>
public sealed class DiagnosticBag
{
    // Made on the first problem: a build makes a bag per profile and per page, and most stay empty.
    private ConcurrentQueue<Diagnostic>? _queue;

    private ConcurrentQueue<Diagnostic> Items
    {
        get
        {
            if (_queue is { } queue) return queue;
            Interlocked.CompareExchange(ref _queue, new ConcurrentQueue<Diagnostic>(), null);
            return _queue;
        }
    }

    public void Add(Diagnostic diagnostic) => Items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        if (diagnostics is IReadOnlyCollection<Diagnostic> { Count: 0 }) return;
        foreach (var d in diagnostics) Items.Enqueue(d);
    }

    public bool HasErrors => _queue is { } items && items.Any(d => d.IsError);

    public int ErrorCount => _queue?.Count(d => d.IsError) ?? 0;

    public int WarningCount => _queue?.Count(d => !d.IsError) ?? 0;

    public IReadOnlyList<Diagnostic> Sorted() => _queue is not { IsEmpty: false } items ? [] :
        items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
