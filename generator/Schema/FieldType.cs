namespace ProfileGen.Schema;

/// <summary>The kinds of value a front-matter field holds, as the parser reads them.</summary>
public enum FieldType
{
    Text,
    Slug,
    Date,
    WholeNumber,
    Number,
    Boolean,
    TextList,
    SlugList,
    Sources,
}
