using System.CommandLine;
using System.Text;
using Precedent.Citations;
using Precedent.Cli.Reports;

namespace Precedent.Cli.Commands;

/// <summary>
/// <c>precedent toa FILE [--format text|markdown|html|docx] [--output PATH]</c>: the table of authorities of a brief.
/// </summary>
internal static class ToaCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "The brief (.txt, .html, .pdf, .docx), or - for text on standard input." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (with dot leaders), markdown, html or docx (docx needs --output or a redirected standard output).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "html", "docx");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("toa", "Build the table of authorities of a brief: cases, constitutional provisions, statutes, rules, regulations, other authorities.")
        {
            file, format, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var fmt = parse.GetValue(format)!;
            var outPath = parse.GetValue(output);
            if (fmt == "docx" && outPath is null && !Console.IsOutputRedirected)
                throw new InputException("--format docx writes a binary file: give --output PATH (or redirect standard output)");
            var source = DocumentInput.Read(path);
            var doc = CitationResolver.Default.Resolve(source.Text);
            var toa = TableOfAuthorities.Build(source, doc);
            var name = path == "-" ? "-" : Path.GetFileName(path);
            DocumentInput.WriteOutput(outPath, stream =>
            {
                if (fmt == "docx")
                {
                    toa.WriteDocx(stream);
                    return;
                }
                using var w = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                switch (fmt)
                {
                    case "markdown":
                        toa.WriteMarkdown(w);
                        break;
                    case "html":
                        toa.WriteHtml(w, name);
                        break;
                    default:
                        toa.WriteText(w);
                        break;
                }
            });
            return 0;
        });
        return command;
    }
}
