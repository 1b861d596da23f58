using System.ComponentModel;
using System.Globalization;
using System.Text;
using ProfileGen.Content;
using ProfileGen.Data;
using ProfileGen.Diagnostics;
using ProfileGen.Figures;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary>
/// <c>profilegen import ooh FILE --out data/NAME.csv</c>: turns an agency export into a figure table
/// the site lists under <c>figures</c> in profilegen.yml. Reads FILE, writes the table only when the
/// whole input was valid, and never replaces an existing table unless told to (--force).
/// </summary>
public sealed class ImportCommand : Command<ImportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FORMAT>")]
        [Description("The kind of export: ooh (BLS Occupational Outlook Handbook, shaped like ooh_occupations.json or .csv)")]
        public string Format { get; init; } = "";

        [CommandArgument(1, "<FILE>")]
        [Description("The export to read: a .json list of occupations or a .csv with a header")]
        public string Input { get; init; } = "";

        [CommandOption("-o|--out <FILE>")]
        [Description("The figure table to write, e.g. data/ooh-2024.csv")]
        public string? Out { get; init; }

        [CommandOption("--force")]
        [Description("Replace the --out file if it exists")]
        public bool Force { get; init; }

        [CommandOption("--wage-year <YEAR>")]
        [Description("The year of the wages when the export does not say (the flat OOH CSV has no median_pay_year)")]
        public int? WageYear { get; init; }

        public override ValidationResult Validate()
        {
            if (Format != "ooh") return ValidationResult.Error($"unknown import format '{Format}'; the one format is 'ooh'");
            if (Path.GetExtension(Input).ToLowerInvariant() is not (".json" or ".csv")) return ValidationResult.Error($"'{Input}' must be a .json or .csv file");
            if (!File.Exists(Input)) return ValidationResult.Error($"the file '{Input}' does not exist");
            if (Out is null) return ValidationResult.Error("say where to write the table: --out data/NAME.csv");
            if (!Out.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return ValidationResult.Error($"--out '{Out}' must end in .csv: import writes a CSV figure table");
            if (WageYear is < 1900 or > 2200) return ValidationResult.Error("--wage-year must be a year between 1900 and 2200");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(settings.Out!);
        if (Directory.Exists(target) || (File.Exists(target) && !settings.Force))
        {
            Console.Error.WriteLine($"profilegen: error: {settings.Out} already exists; nothing was written. Add --force to replace it.");
            return ExitCodes.UsageError;
        }

        var diagnostics = new DiagnosticBag();
        var input = settings.Input.Replace('\\', '/');
        var text = SourceDecoder.Decode(input, File.ReadAllBytes(settings.Input), diagnostics);
        var root = text is null ? null : DataFileParser.Parse(new SourceFile(input, text), diagnostics);
        var result = root is null ? null : OohImport.Convert(input, root, settings.WageYear, diagnostics);
        DiagnosticPrinter.Print(Console.Error, diagnostics.Sorted(), path => path == input ? text : null);
        if (result is null || diagnostics.HasErrors)
        {
            Console.Error.WriteLine($"Import failed: {diagnostics.ErrorCount} error{(diagnostics.ErrorCount == 1 ? "" : "s")}; nothing was written.");
            return ExitCodes.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var staging = target + ".profilegen-tmp";
        File.WriteAllText(staging, FigureTableWriter.Write(result.Rows), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(staging, target, overwrite: true);

        var n = result.Rows.Count.ToString(CultureInfo.InvariantCulture);
        Console.WriteLine($"Wrote {n} rows, one per SOC code, to {settings.Out}.");
        if (result.SkippedWithoutSocCode.Count > 0)
            Console.WriteLine($"Skipped {result.SkippedWithoutSocCode.Count} record{(result.SkippedWithoutSocCode.Count == 1 ? "" : "s")} without a soc_code: {string.Join(", ", result.SkippedWithoutSocCode.Take(5))}{(result.SkippedWithoutSocCode.Count > 5 ? ", …" : "")}.");
        if (result.DuplicatesDropped > 0)
            Console.WriteLine($"Left out {result.DuplicatesDropped} record{(result.DuplicatesDropped == 1 ? "" : "s")} whose SOC code another record with larger employment also has.");
        if (result.WagesWithoutYear > 0)
            Console.WriteLine($"{result.WagesWithoutYear} rows have a wage but no wage year; the export does not say it. Add --wage-year YEAR to set it.");
        Console.WriteLine($"Next: list it in profilegen.yml (figures: [{settings.Out!.Replace('\\', '/')}]) and run 'profilegen build'.");
        return ExitCodes.Success;
    }
}
