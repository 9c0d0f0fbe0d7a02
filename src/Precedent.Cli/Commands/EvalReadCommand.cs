using System.CommandLine;
using System.Text.Json;
using Precedent.Documents.Opinions;
using Precedent.Documents.Sources;

namespace Precedent.Cli.Commands;

/// <summary>
/// <c>precedent eval-read FILE EXPECTED.json</c>: reads an opinion's structure and compares it with a table of
/// expectations written by reading the opinion. Every expectation is printed with ok/FAILED; exit 1 on any failure.
/// </summary>
/// <remarks>
/// Keys of EXPECTED (all optional): "court" (id or null), "dockets" (each must be read), "caseName", "date" (YYYY-MM-DD
/// or null), "judges" (each must be read), "parts" (list of {kind, author, startsNear}: the parts in order; startsNear
/// is a phrase that must lie within the part's first 200 characters), "headings" (per part, the labels in order),
/// "disposition" (kind), "standardOfReview" (list, in order), "topics" (each must be tagged).
/// </remarks>
internal static class EvalReadCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file") { Description = "The opinion (.txt, .html, .pdf, .docx, .json)." };
        var expected = new Argument<string>("expected") { Description = "A JSON file of expectations." };
        var command = new Command("eval-read", "Compare an opinion's structure with a table of expectations.") { file, expected };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(expected)!));
        return command;
    }

    private static int Run(string path, string expectedPath)
    {
        OpinionSource source;
        try
        {
            source = OpinionSourceReader.ReadFile(path).First();
        }
        catch (Precedent.Documents.DocumentReadException e)
        {
            throw new InputException(DocumentInput.OneLine(e.Message));
        }
        if (!File.Exists(expectedPath))
            throw new InputException($"{expectedPath}: no such file");
        using var expectDoc = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var expect = expectDoc.RootElement;
        var o = OpinionReader.Read(source.Document, source.Metadata);
        var text = o.Source.Text;
        int passed = 0, failed = 0;
        void Check(string what, bool ok, string got)
        {
            Console.WriteLine($"{(ok ? "ok    " : "FAILED")} {what}{(ok ? "" : $" (read: {got})")}");
            if (ok)
                passed++;
            else
                failed++;
        }

        if (expect.TryGetProperty("court", out var court))
            Check($"court {court.GetRawText()}", court.ValueKind == JsonValueKind.Null ? o.Caption.Court is null : o.Caption.Court?.Id == court.GetString(), o.Caption.Court?.Id ?? "null");
        if (expect.TryGetProperty("date", out var date))
        {
            var got = o.Caption.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Check($"date {date.GetRawText()}", date.ValueKind == JsonValueKind.Null ? got is null : got == date.GetString(), got ?? "null");
        }
        if (expect.TryGetProperty("dockets", out var dockets))
        {
            foreach (var d in dockets.EnumerateArray())
                Check($"docket {d.GetString()}", o.Caption.Dockets.Contains(d.GetString()!), string.Join(", ", o.Caption.Dockets));
        }
        if (expect.TryGetProperty("caseName", out var caseName))
            Check($"case name {caseName.GetString()}", o.Caption.CaseName == caseName.GetString(), o.Caption.CaseName ?? "null");
        if (expect.TryGetProperty("judges", out var judges))
        {
            foreach (var j in judges.EnumerateArray())
                Check($"judge {j.GetString()}", o.Caption.Judges.Contains(j.GetString()!), string.Join(", ", o.Caption.Judges));
        }
        var partsRead = string.Join("; ", o.Parts.Select(p => $"{p.Kind} by {p.Author ?? "?"} at line {o.Source.LineAt(p.Start)}"));
        if (expect.TryGetProperty("parts", out var parts))
        {
            var list = parts.EnumerateArray().ToList();
            Check($"{list.Count} parts", o.Parts.Count == list.Count, partsRead);
            for (var i = 0; i < list.Count && i < o.Parts.Count; i++)
            {
                var want = list[i];
                var p = o.Parts[i];
                var kind = want.GetProperty("kind").GetString();
                var author = want.TryGetProperty("author", out var a) ? a.GetString() : null;
                Check($"part {i}: {kind} by {author}", p.Kind == kind && p.Author == author, $"{p.Kind} by {p.Author}");
                if (want.TryGetProperty("startsNear", out var near))
                {
                    var at = text.IndexOf(near.GetString()!, p.Start, StringComparison.Ordinal);
                    Check($"part {i} starts near “{near.GetString()}”", at >= p.Start && at - p.Start <= 200, $"starts at line {o.Source.LineAt(p.Start)}");
                }
            }
        }
        if (expect.TryGetProperty("headings", out var headings))
        {
            var i = 0;
            foreach (var perPart in headings.EnumerateArray())
            {
                var want = perPart.EnumerateArray().Select(e => e.GetString()).ToList();
                var got = o.Headings.Where(h => o.PartAt(h.Start) == i).Select(h => h.Label).ToList();
                Check($"headings of part {i}: {string.Join(" ", want)}", want.SequenceEqual(got), string.Join(" ", got));
                i++;
            }
        }
        if (expect.TryGetProperty("disposition", out var disposition))
            Check($"disposition {disposition.GetString()}", o.Disposition?.Kind == disposition.GetString(), o.Disposition?.Kind ?? "null");
        if (expect.TryGetProperty("standardOfReview", out var standards))
        {
            var want = standards.EnumerateArray().Select(e => e.GetString()).ToList();
            Check($"standard of review {string.Join(", ", want)}", want.SequenceEqual(o.StandardsOfReview), string.Join(", ", o.StandardsOfReview));
        }
        if (expect.TryGetProperty("topics", out var topics))
        {
            foreach (var t in topics.EnumerateArray())
                Check($"topic {t.GetString()}", o.Topics.Any(x => x.Tag == t.GetString()), string.Join(", ", o.Topics.Select(x => x.Tag)));
        }
        Console.WriteLine($"{passed} of {passed + failed} expectations met");
        return failed == 0 ? 0 : 1;
    }
}
