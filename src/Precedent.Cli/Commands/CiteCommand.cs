using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Precedent.Citations;
using Precedent.Citations.Output;
using Spectre.Console;

namespace Precedent.Cli.Commands;

/// <summary><c>precedent cite FILE --format json|jsonl|table</c>.</summary>
internal static class CiteCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "The document to read (.txt), or - for standard input." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json (the precedent.cite/1 contract), jsonl (one citation per line) or table.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "table");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("cite", "Find and resolve every citation in a document.") { file, format, output };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var text = InputText.Read(path);
            var doc = CitationResolver.Default.Resolve(text);
            var source = path == "-" ? "-" : Path.GetFileName(path);
            var outPath = parse.GetValue(output);
            using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
            switch (parse.GetValue(format))
            {
                case "jsonl":
                    WriteJsonLines(stream, doc);
                    break;
                case "table":
                    WriteTable(stream, doc);
                    break;
                default:
                    CiteJsonWriter.Write(stream, source, doc);
                    stream.WriteByte((byte)'\n');
                    break;
            }
            return 0;
        });
        return command;
    }

    private static void WriteJsonLines(Stream stream, ResolvedDocument doc)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var c in doc.Citations)
        {
            using (var w = new Utf8JsonWriter(stream, options))
                CiteJsonWriter.WriteCitation(w, doc, c);
            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteTable(Stream stream, ResolvedDocument doc)
    {
        using var writer = new StreamWriter(stream);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (Console.IsOutputRedirected || stream is FileStream)
            console.Profile.Width = 200;
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("#", "kind", "citation", "case / code", "pin", "year", "court", "refers to");
        foreach (var c in doc.Citations)
        {
            var refersTo = c.Kind is CitationKind.Case or CitationKind.Neutral or CitationKind.Journal && c.ParallelOf is null
                ? ""
                : doc.AuthorityOf(c)?.Label ?? (doc.UnresolvedReason(c) is { } r ? "unresolved: " + r : "");
            if (c.ParallelOf is { } p)
                refersTo = $"parallel of #{p}";
            table.AddRow(
                c.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.Kind.ToContractName(),
                Markup.Escape(Collapse(c.Text)),
                Markup.Escape(c.CaseName ?? c.Code ?? c.ShortName ?? ""),
                Markup.Escape(c.PinCite ?? c.Section ?? ""),
                c.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(c.Court ?? ""),
                Markup.Escape(refersTo));
        }
        console.Write(table);
        console.WriteLine($"{doc.Citations.Count} citations, {doc.Authorities.Count} authorities");
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
