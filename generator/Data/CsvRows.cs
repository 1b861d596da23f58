using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>
/// CSV records as data: the first record is the header, every other record becomes a row keyed by
/// it (as Hugo's and Jekyll's CSV data do). Every cell is text; a template converts when it must.
/// </summary>
public static class CsvRows
{
    public static DataList? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var records = CsvReader.Read(file, text, diagnostics);
        if (records is null) return null;
        if (records.Count == 0) return new DataList([], SourcePosition.Start);

        var header = records[0].Fields;
        var names = new List<string>();
        var ok = true;
        foreach (var field in header)
        {
            var name = field.Text.Trim();
            if (name.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(file, field.At, $"column {names.Count + 1} of the header has no name", "give every column a name in the first line"));
                ok = false;
            }
            else if (names.Contains(name))
            {
                diagnostics.Add(Diagnostic.Error(file, field.At, $"the header names the column '{name}' twice", "give every column its own name"));
                ok = false;
            }
            names.Add(name);
        }

        var rows = new List<DataNode>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != names.Count)
            {
                var at = record.Fields.Count > names.Count ? record.Fields[names.Count].At : record.Fields[^1].At;
                diagnostics.Add(Diagnostic.Error(file, at, $"this row has {record.Fields.Count} field{(record.Fields.Count == 1 ? "" : "s")} but the header has {names.Count}",
                    "a field that holds a comma must be in double quotes: \"Education, Training, and Library\""));
                ok = false;
                continue;
            }
            var entries = new List<DataEntry>(names.Count);
            for (var i = 0; i < names.Count; i++)
                entries.Add(new DataEntry(names[i], header[i].At, new DataScalar(record.Fields[i].Text, ScalarKind.Text, record.Fields[i].At)));
            rows.Add(new DataMap(entries, record.Fields[0].At));
        }
        return ok ? new DataList(rows, records[0].Fields[0].At) : null;
    }
}
