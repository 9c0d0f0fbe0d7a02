using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Precedent.Documents;

namespace Precedent.Cli.Tests;

/// <summary>Where the sample documents are: the repository's samples/ folder, else the copy next to the tests.</summary>
internal static class Samples
{
    /// <summary>The repository's samples folder (found by walking up to Precedent.slnx), or null when not in a checkout.</summary>
    public static string? SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Precedent.slnx")))
                return System.IO.Path.Combine(dir.FullName, "samples");
        }
        return null;
    }

    /// <summary>A sample file: the repository's when there is one, else the copy in the test output.</summary>
    public static string Path(string name)
    {
        if (SourceFolder() is { } folder && File.Exists(System.IO.Path.Combine(folder, name)))
            return System.IO.Path.Combine(folder, name);
        return System.IO.Path.Combine(AppContext.BaseDirectory, "samples", name);
    }
}

/// <summary>
/// samples/brief.docx is made from samples/brief.txt by <see cref="BriefDocx"/>: one Word paragraph per paragraph of
/// the text (hard-wrapped lines joined; indented lines such as the caption kept one per paragraph), a page break
/// before the paragraph that passes each fiftieth line, and the "[1]" note after the separator line as a real
/// footnote. With PRECEDENT_REGENERATE_SAMPLES=1 the test writes the file; otherwise it checks that the committed
/// file still says what brief.txt says.
/// </summary>
public class SampleDocxGenerator
{
    [Fact]
    public void BriefDocxHasTheParagraphsOfBriefTxt()
    {
        var txtPath = Samples.Path("brief.txt");
        var docxPath = Samples.Path("brief.docx");
        var brief = BriefDocx.Parse(File.ReadAllText(txtPath));
        if (Environment.GetEnvironmentVariable("PRECEDENT_REGENERATE_SAMPLES") == "1")
        {
            var folder = Samples.SourceFolder() ?? throw new InvalidOperationException("run from a checkout to regenerate the samples");
            docxPath = Path.Combine(folder, "brief.docx");
            File.WriteAllBytes(docxPath, BriefDocx.Write(brief));
        }

        var doc = DocumentReader.Read(docxPath);
        var expected = brief.Body.Select(p => Squash(p.Text)).Concat(brief.Footnotes.Select((f, i) => $"[{i + 1}] {Squash(f)}")).ToList();
        var actual = doc.Text.Split('\n').Select(Squash).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(brief.Body.Count(p => p.PageBreakBefore) + 1, doc.PageCount);
        Assert.InRange(doc.PageCount, 4, 6);
        var note = Assert.Single(doc.Footnotes);
        Assert.Equal("1", note.Label);
    }

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>Turns the plain-text brief into a .docx.</summary>
internal static partial class BriefDocx
{
    /// <summary>Lines per page of the plain text.</summary>
    public const int LinesPerPage = 50;

    internal sealed record Para(string Text, bool Centered, bool Bold, bool PageBreakBefore, bool Indented);

    internal sealed record Brief(IReadOnlyList<Para> Body, IReadOnlyList<string> Footnotes);

    [GeneratedRegex(@"^_{5,}\s*$")]
    private static partial Regex NoteSeparator();

    [GeneratedRegex(@"^\[(\d+)\]\s+")]
    private static partial Regex NoteLabel();

    [GeneratedRegex(@"^(?:[IVX]+|[A-Z]|\d+)\.\s")]
    private static partial Regex SubHeading();

    /// <summary>Reads brief.txt into paragraphs and footnotes.</summary>
    public static Brief Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var body = new List<Para>();
        var notes = new List<string>();
        var inNotes = false;
        var nextBreak = LinesPerPage;
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }
            if (NoteSeparator().IsMatch(lines[i]))
            {
                inNotes = true;
                i++;
                continue;
            }
            var first = i;
            var block = new List<string>();
            while (i < lines.Length && lines[i].Trim().Length > 0 && !NoteSeparator().IsMatch(lines[i]))
                block.Add(lines[i++]);
            if (inNotes)
            {
                notes.Add(NoteLabel().Replace(string.Join(' ', block.Select(l => l.Trim())), ""));
                continue;
            }
            var pageBreak = first >= nextBreak;
            if (pageBreak)
                nextBreak = (first / LinesPerPage + 1) * LinesPerPage;
            if (block.Any(l => l.StartsWith(' ')))
            {
                // The caption, a centred heading or the signature block: one paragraph per line, as laid out.
                foreach (var line in block)
                {
                    var lead = line.Length - line.TrimStart().Length;
                    var trimmed = line.Trim();
                    var centered = lead > 0 && Math.Abs(lead - (78 - lead - trimmed.Length)) <= 2;
                    var heading = centered && trimmed == trimmed.ToUpperInvariant() && trimmed.Any(char.IsLetter);
                    body.Add(new Para(trimmed, centered, heading, pageBreak, lead > 0 && !centered));
                    pageBreak = false;
                }
                continue;
            }
            var joined = string.Join(' ', block.Select(l => l.Trim()));
            body.Add(new Para(joined, false, block.Count == 1 && SubHeading().IsMatch(joined), pageBreak, false));
        }
        return new Brief(body, notes);
    }

    /// <summary>Writes the .docx: Times New Roman 12, double spaced body, page breaks and the footnote.</summary>
    public static byte[] Write(Brief brief)
    {
        using var ms = new MemoryStream();
        using (var word = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                    new FontSize { Val = "24" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            for (var n = 0; n < brief.Footnotes.Count; n++)
            {
                footnotes.Footnotes.Append(new Footnote(new Paragraph(
                    new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                    new Run(new Text(" " + brief.Footnotes[n]) { Space = SpaceProcessingModeValues.Preserve }))) { Id = n + 1 });
            }

            var body = new Body();
            foreach (var p in brief.Body)
                body.Append(Paragraph(p));
            body.Append(new SectionProperties(
                new PageSize { Width = 12240, Height = 15840 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return ms.ToArray();
    }

    private static Paragraph Paragraph(Para p)
    {
        var props = new ParagraphProperties();
        if (p.PageBreakBefore)
            props.Append(new PageBreakBefore());
        var body = !p.Centered && !p.Bold && !p.Indented && p.Text.Length > 60;
        props.Append(new SpacingBetweenLines { After = body ? "240" : "0", Line = body ? "480" : "240", LineRule = LineSpacingRuleValues.Auto });
        if (p.Indented)
            props.Append(new Indentation { Left = "4320" });
        else if (body)
            props.Append(new Indentation { FirstLine = "720" });
        if (p.Centered)
            props.Append(new Justification { Val = JustificationValues.Center });
        var para = new Paragraph(props);
        // "[1]" in the text is the footnote reference.
        var parts = Regex.Split(p.Text, @"\[(\d+)\]");
        for (var k = 0; k < parts.Length; k++)
        {
            if (k % 2 == 1)
            {
                para.Append(new Run(
                    new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                    new FootnoteReference { Id = long.Parse(parts[k], System.Globalization.CultureInfo.InvariantCulture) }));
                continue;
            }
            if (parts[k].Length == 0)
                continue;
            var run = new Run();
            if (p.Bold)
                run.Append(new RunProperties(new Bold()));
            run.Append(new Text(parts[k]) { Space = SpaceProcessingModeValues.Preserve });
            para.Append(run);
        }
        return para;
    }
}
