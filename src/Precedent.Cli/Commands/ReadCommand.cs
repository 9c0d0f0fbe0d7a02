using System.CommandLine;
using System.Globalization;
using System.Text;
using Precedent.Citations;
using Precedent.Documents;
using Precedent.Documents.Opinions;
using Precedent.Documents.Sources;
using DocFormat = Precedent.Documents.DocumentFormat;

namespace Precedent.Cli.Commands;

/// <summary>
/// <c>precedent read FILE [--format json|text] [--record N|ID] [--output PATH]</c>: the structure of a court opinion
/// (contracts/read-json.md). FILE is .txt/.html/.pdf/.docx, a CourtListener or CAP JSON object, or a multi-record
/// .jsonl/.csv (one JSON line per opinion on output). Exit 0, 1 when some records of a multi-record file could not be
/// read (each is named on standard error), 2 for unreadable input.
/// </summary>
internal static class ReadCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "The opinion: .txt, .html, .pdf, .docx, CourtListener/CAP .json, or a .jsonl/.csv of many; - for text on standard input." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json (the precedent.read/1 contract; one line per opinion for multi-record input) or text (a summary).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");
        var record = new Option<string?>("--record") { Description = "For a multi-record file: read only this record (its 1-based number or its id)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("read", "Read an opinion's structure: court, docket, date, parties, panel, parts, headings, footnotes, disposition, standard of review, topics.")
        {
            file, format, record, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var wanted = parse.GetValue(record);
            var asText = parse.GetValue(format) == "text";
            var bad = 0;
            var written = 0;
            DocumentInput.WriteOutput(parse.GetValue(output), stream =>
            {
                var number = 0;
                foreach (var source in Sources(path, e =>
                {
                    bad++;
                    Console.Error.WriteLine($"precedent: {DocumentInput.OneLine(e.Message)}");
                }))
                {
                    number++;
                    if (wanted is not null && !IsWanted(wanted, number, source))
                        continue;
                    var opinion = OpinionReader.Read(source.Document, source.Metadata);
                    var name = path == "-" ? "-" : Path.GetFileName(source.Document.Path);
                    if (asText)
                        WriteText(stream, name, opinion);
                    else
                    {
                        ReadJsonWriter.Write(stream, name, opinion, indented: wanted is not null || !IsMultiRecord(path));
                        stream.WriteByte((byte)'\n');
                    }
                    written++;
                    stream.Flush();
                }
            });
            if (wanted is not null && written == 0)
                throw new InputException($"{path}: no record {wanted}");
            return bad > 0 ? 1 : 0;
        });
        return command;
    }

    private static bool IsMultiRecord(string path)
        => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
           || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    private static bool IsWanted(string wanted, int number, OpinionSource source)
        => int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n == number
            : string.Equals(source.Metadata.Id, wanted, StringComparison.Ordinal);

    private static IEnumerable<OpinionSource> Sources(string path, Action<DocumentReadException> onBad)
    {
        if (path == "-")
        {
            var text = InputText.Read(path);
            yield return new OpinionSource(new SourceDocument("-", DocFormat.Text, text, [0], []), OpinionMetadata.Empty);
            yield break;
        }
        if (Directory.Exists(path))
            throw new InputException($"{path}: is a directory, not a file");
        if (!File.Exists(path))
            throw new InputException($"{path}: no such file");
        IEnumerator<OpinionSource> e;
        try
        {
            e = OpinionSourceReader.ReadFile(path, onBad).GetEnumerator();
        }
        catch (DocumentReadException ex)
        {
            throw new InputException(DocumentInput.OneLine(ex.Message));
        }
        using (e)
        {
            while (true)
            {
                try
                {
                    if (!e.MoveNext())
                        yield break;
                }
                catch (DocumentReadException ex)
                {
                    throw new InputException(DocumentInput.OneLine(ex.Message));
                }
                yield return e.Current;
            }
        }
    }

    private static void WriteText(Stream stream, string name, OpinionStructure o)
    {
        var sb = new StringBuilder();
        var c = o.Caption;
        sb.Append(CultureInfo.InvariantCulture, $"{name}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  court        {(c.Court is { } court ? $"{court.Name} ({court.Id})" : "-")}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  case         {c.CaseName ?? "-"}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  docket       {(c.Dockets.Count > 0 ? string.Join(", ", c.Dockets) : "-")}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  date         {c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}\n");
        if (c.Parties is { } p)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  plaintiffs   {string.Join("; ", p.Plaintiffs)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  defendants   {string.Join("; ", p.Defendants)}\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"  judges       {(c.Judges.Count > 0 ? string.Join(", ", c.Judges) : "-")}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  disposition  {(o.Disposition is { } d ? $"{d.Kind}: “{Clip(d.Text, 160)}”" : "-")}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  review       {(o.StandardsOfReview.Count > 0 ? string.Join(", ", o.StandardsOfReview) : "-")}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  topics       {(o.Topics.Count > 0 ? string.Join(", ", o.Topics.Select(t => $"{t.Tag} ({t.Evidence.Count})")) : "-")}\n");
        sb.Append("  parts\n");
        var citationsByPart = new int[o.Parts.Count];
        foreach (var cite in o.Citations.Citations)
            citationsByPart[o.PartAt(cite.Start)]++;
        for (var i = 0; i < o.Parts.Count; i++)
        {
            var part = o.Parts[i];
            sb.Append(CultureInfo.InvariantCulture,
                $"    {i}. {part.Kind}{(part.Author is { } a ? " by " + a : "")}  [{part.Start}, {part.End})  line {o.Source.LineAt(part.Start)}  {citationsByPart[i]} citations\n");
            foreach (var h in o.Headings)
            {
                if (o.PartAt(h.Start) == i)
                    sb.Append(CultureInfo.InvariantCulture, $"       {new string(' ', Math.Max(0, h.Level - 1) * 2)}{h.Label} {Clip(h.Title, 80)}\n");
            }
        }
        sb.Append(CultureInfo.InvariantCulture, $"  footnotes    {o.Footnotes.Count}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  block quotes {o.BlockQuotes.Count}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  citations    {o.Citations.Citations.Count} ({o.Citations.Authorities.Count} authorities)\n");
        var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        stream.Write(bytes);
    }

    private static string Clip(string s, int max)
    {
        var one = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return one.Length <= max ? one : one[..(max - 1)] + "…";
    }
}
