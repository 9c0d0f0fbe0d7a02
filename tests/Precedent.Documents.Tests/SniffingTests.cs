using System.Text;

namespace Precedent.Documents.Tests;

public class SniffingTests
{
    [Theory]
    //          name                 first bytes                          format
    [InlineData("brief.txt",         "<p>looks like html</p>",            DocumentFormat.Text)]
    [InlineData("brief.text",        "plain",                             DocumentFormat.Text)]
    [InlineData("README.md",         "# heading",                         DocumentFormat.Text)]
    [InlineData("opinion.HTML",      "no markup at all",                  DocumentFormat.Html)]
    [InlineData("opinion.htm",       "<p>x</p>",                          DocumentFormat.Html)]
    [InlineData("brief.PDF",         "%PDF-1.7",                          DocumentFormat.Pdf)]
    [InlineData("brief.docx",        "PK\u0003\u0004",                    DocumentFormat.Docx)]
    [InlineData("download",          "%PDF-1.7",                          DocumentFormat.Pdf)]
    [InlineData("download.bin",      "\r\n%PDF-1.7",                      DocumentFormat.Pdf)]
    [InlineData("download",          "PK\u0003\u0004rest",                DocumentFormat.Docx)]
    [InlineData("download",          "<!DOCTYPE html><html>",             DocumentFormat.Html)]
    [InlineData("download.dat",      "  \n<html><body>",                  DocumentFormat.Html)]
    [InlineData("download",          "\uFEFF<div>x</div>",                DocumentFormat.Html)]
    [InlineData("download",          "Anderson v. Creighton",             DocumentFormat.Text)]
    [InlineData("download",          "< 5 is less",                       DocumentFormat.Text)]
    [InlineData("download",          "",                                  DocumentFormat.Text)]
    public void The_format_comes_from_the_extension_or_else_the_first_bytes(string name, string head, DocumentFormat format)
        => Assert.Equal(format, DocumentReader.FormatOf(name, Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void An_explicit_format_overrides_the_name()
    {
        SourceDocument doc = DocumentReader.Read("page.txt", "<p>a &amp; b</p>"u8.ToArray(), DocumentFormat.Html);
        Assert.Equal("a & b", doc.Text);
        Assert.Equal(DocumentFormat.Html, doc.Format);
    }

    [Fact]
    public void A_file_without_extension_is_sniffed_and_read()
    {
        SourceDocument doc = DocumentReader.Read("download", TestInputs.TwoPageBrief());
        Assert.Equal(DocumentFormat.Pdf, doc.Format);
        Assert.Contains(TestInputs.Citation, doc.Text);
    }
}
