namespace ProfileGen.Data;

/// <summary>What a scalar of a data file is: JSON and YAML say so; a CSV cell is always text.</summary>
public enum ScalarKind
{
    Null,
    Text,
    Number,
    Boolean,
}
