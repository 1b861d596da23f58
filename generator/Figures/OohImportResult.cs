namespace ProfileGen.Figures;

/// <summary>
/// What an OOH import produced: one row per SOC code, sorted; the titles of the records skipped for
/// having no SOC code; how many records lost to another with the same code; and how many rows have
/// a wage but no wage year (the flat CSV export does not say the year).
/// </summary>
public sealed record OohImportResult(IReadOnlyList<FigureRow> Rows, IReadOnlyList<string> SkippedWithoutSocCode, int DuplicatesDropped, int WagesWithoutYear);
