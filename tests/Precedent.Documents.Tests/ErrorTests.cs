using System.IO.Compression;
using System.Text;

namespace Precedent.Documents.Tests;

public class ErrorTests
{
    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        // file name          bytes                                               message starts with
        { "brief.pdf",        Encoding.ASCII.GetBytes("%PDF-1.4 garbage"),        "brief.pdf is not a valid PDF (corrupt or truncated)" },
        { "brief.pdf",        [],                                                 "brief.pdf is an empty file (0 bytes), not a PDF" },
        { "brief.pdf",        Encoding.ASCII.GetBytes("just some text"),          "brief.pdf is not a PDF file (no %PDF- header)" },
        { "scan.pdf",         TestInputs.PdfWithoutText(),                        "scan.pdf has no text layer (scanned images?); run OCR first" },
        { "brief.docx",       Encoding.ASCII.GetBytes("this is not a zip"),       "brief.docx is not a valid .docx (zip) file" },
        { "brief.docx",       [],                                                 "brief.docx is not a valid .docx (zip) file (it is empty)" },
        { "brief.docx",       [0x50, 0x4B, 0x03, 0x04, 1, 2, 3],                  "brief.docx is not a valid .docx (zip) file" },
        { "brief.docx",       ZipWithoutDocument(),                               "brief.docx is not a valid .docx" },
        { "brief.docx",       [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "brief.docx is an OLE compound file" },
        { "brief.doc",        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], "brief.doc is an OLE compound file" },
        { "notes.txt",        [0x41, 0xFF],                                       "notes.txt is not valid UTF-8 at byte 1" },
        { "notes.txt",        [0x41, 0x00, 0x42],                                 "notes.txt is a binary file, not text" },
        { "encrypted.pdf",    EncryptedPdf(),                                     "encrypted.pdf is encrypted; remove the password first" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_one_line_naming_the_file_and_the_reason(string name, byte[] bytes, string message)
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(name, bytes));
        Assert.StartsWith(message, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_or_read_but_never_leaks_a_library_exception()
    {
        byte[] pdf = TestInputs.TwoPageBrief();
        foreach (int length in new[] { 5, 20, 100, pdf.Length / 4, pdf.Length / 2, pdf.Length - 40 })
        {
            try
            {
                DocumentReader.Read("cut.pdf", pdf[..length]);
            }
            catch (DocumentReadException ex)
            {
                Assert.StartsWith("cut.pdf ", ex.Message);
            }
        }
    }

    [Fact]
    public void A_truncated_docx_is_refused()
    {
        byte[] docx = TestInputs.Docx();
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("cut.docx", docx[..(docx.Length / 2)]));
        Assert.StartsWith("cut.docx is not a valid .docx (zip) file", ex.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "nowhere.pdf");
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(path));
        Assert.Equal($"{path} does not exist", ex.Message);
    }

    [Fact]
    public void A_directory_is_refused()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(dir.Path));
        Assert.Equal($"{dir.Path} is a directory, not a file", ex.Message);
    }

    [Fact]
    public void Files_on_disk_go_to_the_reader_their_extension_names()
    {
        using var dir = new TempDirectory();
        Assert.Equal(DocumentFormat.Pdf, DocumentReader.Read(dir.File("a.pdf", TestInputs.TwoPageBrief())).Format);
        Assert.Equal(DocumentFormat.Docx, DocumentReader.Read(dir.File("a.docx", TestInputs.Docx())).Format);
        Assert.Equal(DocumentFormat.Html, DocumentReader.Read(dir.File("a.htm", "<p>x</p>"u8.ToArray())).Format);
        SourceDocument text = DocumentReader.Read(dir.File("a.md", "# x"u8.ToArray()));
        Assert.Equal(DocumentFormat.Text, text.Format);
        Assert.Equal(Path.Combine(dir.Path, "a.md"), text.Path);
    }

    private static byte[] ZipWithoutDocument()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            entry.Write("not a word document");
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A PDF whose trailer names a standard security handler whose user password is not empty: PdfPig cannot open
    /// it without the password. Offsets are written exactly so that the cross-reference table is valid.
    /// </summary>
    internal static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /Filter /Standard /V 1 /R 2 /O <" + new string('1', 64) + "> /U <" + new string('2', 64) + "> /P -4 >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        int xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append('\n').Append("0000000000 65535 f \n");
        foreach (int offset in offsets)
            pdf.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1)
            .Append(" /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\n")
            .Append("startxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
