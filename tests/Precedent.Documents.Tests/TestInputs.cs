using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Precedent.Documents.Tests;

/// <summary>Builds the documents the tests read: everything is generated here, no binary fixtures.</summary>
internal static class TestInputs
{
    public const string Citation = "Anderson v. Creighton, 483 U.S. 635, 639 (1987)";

    /// <summary>One PDF page: lines of text from the top, 14 points apart, in 12-point Helvetica.</summary>
    public sealed record PdfPageSpec(string? Header, IReadOnlyList<string> Body, string? Footer);

    public static byte[] Pdf(params PdfPageSpec[] pages)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (PdfPageSpec spec in pages)
        {
            PdfPageBuilder page = builder.AddPage(PageSize.Letter);
            if (spec.Header is not null)
                page.AddText(spec.Header, 10, new PdfPoint(72, 750), font);
            double y = 700;
            foreach (string line in spec.Body)
            {
                if (line.Length > 0)
                    page.AddText(line, 12, new PdfPoint(72, y), font);
                y -= 14;
            }

            if (spec.Footer is not null)
                page.AddText(spec.Footer, 10, new PdfPoint(290, 40), font);
        }

        return builder.Build();
    }

    /// <summary>The brief of the tests: two pages, running header and footer, a hyphenated line end, the citation on page 2.</summary>
    public static byte[] TwoPageBrief() => Pdf(
        new PdfPageSpec(
            "Appellant's Brief",
            [
                "ARGUMENT",
                "The officers are entitled to qualified immunity because the right was not",
                "clearly established. The right at issue must be consti-",
                "tutional in nature and defined with specificity.",
            ],
            "Page 1"),
        new PdfPageSpec(
            "Appellant's Brief",
            [
                $"See {Citation}.",
                "The contours of the right must be sufficiently clear.",
            ],
            "Page 2"));

    /// <summary>A PDF whose pages carry no text at all (as a scanner would make, minus the image).</summary>
    public static byte[] PdfWithoutText()
    {
        var builder = new PdfDocumentBuilder();
        PdfPageBuilder page = builder.AddPage(PageSize.Letter);
        page.DrawRectangle(new PdfPoint(72, 72), 200, 300);
        return builder.Build();
    }

    /// <summary>
    /// A .docx: two paragraphs, a footnote referenced from the second, a page break, a paragraph with the citation
    /// on page 2, a tab and a line break, a two-row table; the footnotes part has the usual separator notes.
    /// </summary>
    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                Para(Run("STATEMENT OF THE CASE")),
                new Paragraph(
                    Run("The district court denied immunity."),
                    new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                        new FootnoteReference { Id = 1 }),
                    Run(" The officers appealed.")),
                new Paragraph(new Run(new Break { Type = BreakValues.Page })),
                new Paragraph(Run("See "), Run("Anderson v. Creighton"), Run(", 483 U.S. 635, 639 (1987).")),
                new Paragraph(new Run(new Text("Tab"), new TabChar(), new Text("separated"), new Break(), new Text("next line"))),
                new Table(
                    new TableRow(Cell("Case"), Cell("Pages")),
                    new TableRow(Cell("Harlow v. Fitzgerald, 457 U.S. 800 (1982)"), Cell("2, 5"))),
                Para(Run("CONCLUSION"))));

            FootnotesPart footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new Footnote(new Paragraph(
                    new Run(new FootnoteReferenceMark()),
                    Run(" See Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982).")))
                { Id = 1 });
        }

        return stream.ToArray();
    }

    /// <summary>A .docx made of the given body elements.</summary>
    public static byte[] Docx(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
        }

        return stream.ToArray();
    }

    public static Paragraph Para(params OpenXmlElement[] content) => new(content);

    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static TableCell Cell(string text) => new(new Paragraph(Run(text)));
}

/// <summary>A scratch directory removed after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("precedent-docs-").FullName;

    public string File(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
