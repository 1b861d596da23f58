namespace ProfileGen.Figures;

/// <summary>A figure table as read: its path and its rows, at most one per SOC code (the first row for a code wins).</summary>
public sealed class FigureTable
{
    private readonly Dictionary<string, FigureRow> _bySoc;

    public string Path { get; }
    public IReadOnlyList<FigureRow> Rows { get; }

    public FigureTable(string path, IReadOnlyList<FigureRow> rows)
    {
        Path = path;
        Rows = rows;
        _bySoc = new Dictionary<string, FigureRow>(StringComparer.Ordinal);
        foreach (var row in rows) _bySoc.TryAdd(row.SocCode, row);
    }

    public FigureRow? Find(string socCode) => _bySoc.GetValueOrDefault(socCode);
}
