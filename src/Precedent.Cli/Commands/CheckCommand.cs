using System.CommandLine;
using System.Globalization;
using System.Text;
using Precedent.Citations;
using Precedent.Citations.Checking;
using Precedent.Citations.Output;
using Precedent.Cli.Reports;
using Precedent.Documents;
using Spectre.Console;
using DocFormat = Precedent.Documents.DocumentFormat;

namespace Precedent.Cli.Commands;

/// <summary>
/// <c>precedent check FILE [--format text|json|html] [--output PATH] [--date YYYY-MM-DD] [--emit-text PATH]</c>:
/// the cite-check of a brief. Exit code 0 when no finding is an error, 1 otherwise, 2 for unreadable input.
/// </summary>
internal static class CheckCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "The document to check (.txt, .html, .pdf, .docx), or - for text on standard input." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (a summary and a table of findings), json (precedent.cite/1 with diagnostics) or html (one self-contained report).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var date = new Option<string?>("--date") { Description = "The document's date (YYYY-MM-DD); citations dated after it are flagged." };
        var emitText = new Option<string?>("--emit-text") { Description = "Also write the decoded text (the text the JSON offsets index) to this file." };
        var command = new Command("check", "Cite-check a document: find, resolve and check every citation.") { file, format, output, date, emitText };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var options = new CheckOptions { DocumentDate = ParseDate(parse.GetValue(date)) };
            var source = DocumentInput.Read(path);
            if (parse.GetValue(emitText) is { } textPath)
                DocumentInput.WriteFile(textPath, s => WriteUtf8(s, source.Text));
            var doc = CitationResolver.Default.Resolve(source.Text);
            var result = CitationChecker.Check(doc, options);
            var name = path == "-" ? "-" : Path.GetFileName(path);
            DocumentInput.WriteOutput(parse.GetValue(output), stream =>
            {
                switch (parse.GetValue(format))
                {
                    case "json":
                        CiteJsonWriter.Write(stream, name, doc, indented: true, result.ByCitation);
                        stream.WriteByte((byte)'\n');
                        break;
                    case "html":
                        HtmlReport.Write(stream, name, source, doc, result);
                        break;
                    default:
                        WriteText(stream, name, source, doc, result);
                        break;
                }
            });
            return result.Errors > 0 ? 1 : 0;
        });
        return command;
    }

    private static DateOnly? ParseDate(string? text)
    {
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        throw new InputException($"--date {text}: not a date; write it as YYYY-MM-DD (e.g. 2026-03-01)");
    }

    private static void WriteUtf8(Stream stream, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        stream.Write(bytes);
    }

    /// <summary>"line 12" for a plain text, "p. 3" for a paged document.</summary>
    internal static string Where(SourceDocument source, int offset)
    {
        offset = Math.Clamp(offset, 0, source.Text.Length);
        return DocumentInput.IsPaged(source)
            ? "p. " + source.PageAt(offset).ToString(CultureInfo.InvariantCulture)
            : "line " + source.LineAt(offset).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteText(Stream stream, string name, SourceDocument source, ResolvedDocument doc, CheckResult result)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        // Colours only on a terminal: a redirected report or a file gets plain text, 200 columns wide.
        var redirected = Console.IsOutputRedirected || stream is FileStream;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
            console.Profile.Width = 200;
        console.WriteLine(Summary(name, doc, result));
        if (result.Findings.Count == 0)
        {
            console.WriteLine("No findings.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("where", "citation", "severity", "code", "message", "suggestion");
        foreach (var f in result.Findings)
        {
            var c = doc.Citations[f.Citation];
            var d = f.Diagnostic;
            var colour = d.Severity switch { "error" => "red", "warning" => "yellow", _ => "blue" };
            table.AddRow(
                new Text(Where(source, c.Start)),
                new Text(Collapse(c.Text)),
                new Markup($"[{colour}]{Markup.Escape(d.Severity)}[/]"),
                new Text(d.Code),
                new Text(d.Message),
                new Text(d.Suggestion ?? ""));
        }
        console.Write(table);
    }

    /// <summary>"brief.txt: 58 citations of 30 authorities; 3 errors, 1 warning, 0 infos".</summary>
    internal static string Summary(string name, ResolvedDocument doc, CheckResult result)
        => string.Create(CultureInfo.InvariantCulture,
            $"{name}: {Plural(doc.Citations.Count, "citation")} of {Plural(doc.Authorities.Count, "authority", "authorities")}; "
            + $"{Plural(result.Errors, "error")}, {Plural(result.Warnings, "warning")}, {Plural(result.Infos, "info")}");

    private static string Plural(int n, string one, string? many = null)
        => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    internal static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Reading the input document and writing the output, with the user's mistakes as one-line errors.</summary>
internal static class DocumentInput
{
    /// <summary>Reads .txt/.html/.pdf/.docx through <see cref="DocumentReader"/>, or text from standard input for "-".</summary>
    public static SourceDocument Read(string path)
    {
        if (path == "-")
        {
            var text = InputText.Read(path);
            return new SourceDocument("-", DocFormat.Text, text, [0], []);
        }
        try
        {
            return DocumentReader.Read(path);
        }
        catch (DocumentReadException e)
        {
            throw new InputException(OneLine(e.Message));
        }
    }

    /// <summary>Whether locations are pages (PDF, .docx, or a text with form feeds) rather than lines.</summary>
    public static bool IsPaged(SourceDocument source)
        => source.Format is DocFormat.Pdf or DocFormat.Docx || source.PageCount > 1;

    /// <summary>Writes to a file, or to standard output when <paramref name="path"/> is null.</summary>
    public static void WriteOutput(string? path, Action<Stream> write)
    {
        if (path is null)
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            return;
        }
        WriteFile(path, write);
    }

    /// <summary>Writes a file; a path that cannot be written is the user's mistake (exit 2).</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        FileStream stream;
        try
        {
            stream = File.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"{path}: cannot be written: {OneLine(e.Message)}");
        }
        using (stream)
            write(stream);
    }

    internal static string OneLine(string s) => CheckCommand.Collapse(s);
}
