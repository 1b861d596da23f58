using Scriban.Runtime;

namespace ProfileGen.Data;

/// <summary>
/// Data nodes as read-only Scriban objects for <c>site.data</c>. Read-only because every page
/// renders in parallel from the same objects: a template that changed one would make pages
/// depend on render order.
/// </summary>
public static class ScriptData
{
    public static object? From(DataNode node)
    {
        switch (node)
        {
            case DataMap map:
                var obj = new ScriptObject();
                foreach (var entry in map.Entries) obj[entry.Key] = From(entry.Value);
                obj.IsReadOnly = true;
                return obj;
            case DataList list:
                var array = new ScriptArray();
                foreach (var item in list.Items) array.Add(From(item));
                array.IsReadOnly = true;
                return array;
            case DataScalar scalar:
                return scalar.Value();
            default:
                return null;
        }
    }
}
