using System.Text;

namespace Precedent.Documents.Tests;

public class TextReaderTests
{
    public static TheoryData<string, byte[]> Encodings => new()
    {
        // description        bytes of "§ 1983 — Id."
        { "UTF-8",            Encoding.UTF8.GetBytes("§ 1983 — Id.") },
        { "UTF-8 with BOM",   [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("§ 1983 — Id.")] },
        { "UTF-16 LE BOM",    [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("§ 1983 — Id.")] },
        { "UTF-16 BE BOM",    [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("§ 1983 — Id.")] },
        { "UTF-32 LE BOM",    [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("§ 1983 — Id.")] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_text_in_each_supported_encoding(string description, byte[] bytes)
    {
        SourceDocument doc = DocumentReader.Read("brief.txt", bytes);
        Assert.True(doc.Text == "§ 1983 — Id.", $"{description}: got '{doc.Text}'");
        Assert.Equal(DocumentFormat.Text, doc.Format);
        Assert.Equal([0], doc.PageStarts);
    }

    [Fact]
    public void Form_feeds_start_pages()
    {
        SourceDocument doc = DocumentReader.Read("brief.txt", Encoding.UTF8.GetBytes("one\n\ftwo\fthree"));
        Assert.Equal([0, 5, 9], doc.PageStarts);
        Assert.Equal(1, doc.PageAt(doc.Text.IndexOf("one", StringComparison.Ordinal)));
        Assert.Equal(2, doc.PageAt(doc.Text.IndexOf("two", StringComparison.Ordinal)));
        Assert.Equal(3, doc.PageAt(doc.Text.IndexOf("three", StringComparison.Ordinal)));
        Assert.Equal(2, doc.LineAt(doc.Text.IndexOf("two", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_empty_file_is_an_empty_document()
    {
        SourceDocument doc = DocumentReader.Read("empty.txt", []);
        Assert.Equal(string.Empty, doc.Text);
        Assert.Equal(1, doc.PageAt(0));
    }

    [Theory]
    //          bytes (hex)                 bad byte
    [InlineData("41 42 43 FF 44",           3)]
    [InlineData("EF BB BF 41 C3",           4)]
    [InlineData("41 E2 82",                 1)]
    [InlineData("41 C0 80",                 1)]
    [InlineData("41 42 ED A0 80",           2)]
    public void Invalid_utf8_is_refused_naming_the_byte(string hex, int badByte)
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("bad.txt", Convert.FromHexString(hex.Replace(" ", ""))));
        Assert.Equal($"bad.txt is not valid UTF-8 at byte {badByte}", ex.Message);
    }

    [Fact]
    public void A_binary_file_given_as_text_is_refused()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]));
        Assert.StartsWith("photo.txt is a binary file", ex.Message);
        Assert.Contains("NUL byte at byte 4", ex.Message);
    }

    [Fact]
    public void Invalid_utf16_is_refused()
    {
        byte[] bytes = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00];
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("bad.txt", bytes));
        Assert.StartsWith("bad.txt is not valid UTF-16", ex.Message);
    }
}
