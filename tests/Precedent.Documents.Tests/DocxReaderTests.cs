using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Precedent.Documents.Tests.TestInputs;

namespace Precedent.Documents.Tests;

public class DocxReaderTests
{
    [Fact]
    public void Reads_paragraphs_tables_and_footnotes_in_order()
    {
        SourceDocument doc = DocumentReader.Read("brief.docx", TestInputs.Docx());
        Assert.Equal(DocumentFormat.Docx, doc.Format);
        Assert.Equal(
            "STATEMENT OF THE CASE\n" +
            "The district court denied immunity.[1] The officers appealed.\n" +
            "\n" +
            "See Anderson v. Creighton, 483 U.S. 635, 639 (1987).\n" +
            "Tab separated\nnext line\n" +
            "Case\tPages\n" +
            "Harlow v. Fitzgerald, 457 U.S. 800 (1982)\t2, 5\n" +
            "CONCLUSION\n" +
            "\n" +
            "[1] See Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982).\n",
            doc.Text);
    }

    [Fact]
    public void A_page_break_starts_page_two()
    {
        SourceDocument doc = DocumentReader.Read("brief.docx", TestInputs.Docx());
        Assert.Equal(2, doc.PageStarts.Count);
        Assert.Equal(1, doc.PageAt(doc.Text.IndexOf("The district court", StringComparison.Ordinal)));
        int at = doc.Text.IndexOf(Citation, StringComparison.Ordinal);
        Assert.Equal(2, doc.PageAt(at));
        Assert.Equal(doc.Text.IndexOf("See Anderson", StringComparison.Ordinal), doc.PageStarts[1]);
    }

    [Fact]
    public void Footnotes_are_recorded_without_the_separator_notes()
    {
        SourceDocument doc = DocumentReader.Read("brief.docx", TestInputs.Docx());
        FootnoteSpan note = Assert.Single(doc.Footnotes);
        Assert.Equal("1", note.Label);
        Assert.Equal("[1] See Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982).", doc.Text[note.Start..note.End]);
    }

    public static TheoryData<string, byte[], string, int> PageBreaks => new()
    {
        // description                   document                                                                       expected text             pages
        { "w:br page mid-paragraph",     Docx(Para(Run("one"), new Run(new Break { Type = BreakValues.Page }), Run("two"))), "one\ntwo\n",            2 },
        { "lastRenderedPageBreak",       Docx(Para(Run("one")), Para(new Run(new LastRenderedPageBreak(), new Text("two")))), "one\ntwo\n",           2 },
        { "pageBreakBefore",             Docx(Para(Run("one")), new Paragraph(new ParagraphProperties(new PageBreakBefore()), Run("two"))), "one\ntwo\n", 2 },
        { "pageBreakBefore val=false",   Docx(Para(Run("one")), new Paragraph(new ParagraphProperties(new PageBreakBefore { Val = false }), Run("two"))), "one\ntwo\n", 1 },
        { "br page then rendered break", Docx(Para(Run("one"), new Run(new Break { Type = BreakValues.Page })), Para(new Run(new LastRenderedPageBreak(), new Text("two")))), "one\ntwo\n", 2 },
        { "break before any text",       Docx(new Paragraph(new ParagraphProperties(new PageBreakBefore()), Run("one"))), "one\n", 1 },
        { "text wrapping break",         Docx(Para(Run("one"), new Run(new Break()), Run("two"))), "one\ntwo\n", 1 },
    };

    [Theory]
    [MemberData(nameof(PageBreaks))]
    public void Page_breaks_start_pages(string description, byte[] docx, string text, int pages)
    {
        SourceDocument doc = DocumentReader.Read("d.docx", docx);
        Assert.True(text == doc.Text, $"{description}: text was '{doc.Text}'");
        Assert.True(pages == doc.PageStarts.Count, $"{description}: {doc.PageStarts.Count} pages");
        if (pages == 2)
            Assert.Equal(doc.Text.IndexOf("two", StringComparison.Ordinal), doc.PageStarts[1]);
    }

    [Fact]
    public void Notes_are_numbered_in_the_order_the_body_refers_to_them_and_endnotes_follow()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(Run("First"), new Run(new FootnoteReference { Id = 7 }), Run(" second"), new Run(new FootnoteReference { Id = 3 }),
                    Run(" end"), new Run(new EndnoteReference { Id = 1 }))));
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(Run("Note three.")), new Paragraph(Run("Its second paragraph."))) { Id = 3 },
                new Footnote(new Paragraph(Run("Note seven."))) { Id = 7 });
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(
                new Endnote(new Paragraph(new Run(new EndnoteReferenceMark()), Run(" An endnote."))) { Id = 1 });
        }

        SourceDocument doc = DocumentReader.Read("notes.docx", stream.ToArray());
        Assert.Equal("First[1] second[2] end[i]\n\n[1] Note seven.\n[2] Note three.\nIts second paragraph.\n[i] An endnote.\n", doc.Text);
        Assert.Equal(["1", "2", "i"], doc.Footnotes.Select(f => f.Label));
        Assert.Equal(["[1] Note seven.", "[2] Note three.\nIts second paragraph.", "[i] An endnote."], doc.Footnotes.Select(f => doc.Text[f.Start..f.End]));
    }

    [Fact]
    public void Deleted_text_field_codes_and_hidden_text_are_left_out()
    {
        byte[] docx = Docx(new Paragraph(
            Run("kept "),
            new DeletedRun(new Run(new DeletedText("deleted "))),
            new InsertedRun(Run("inserted ")),
            new Run(new FieldCode(" PAGE ")),
            new Run(new RunProperties(new Vanish()), new Text("hidden ")),
            Run("end")));
        Assert.Equal("kept inserted end\n", DocumentReader.Read("d.docx", docx).Text);
    }
}
