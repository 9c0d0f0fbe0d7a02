namespace Precedent.Documents.Tests;

public class SourceDocumentTests
{
    private static SourceDocument Doc(string text, params int[] pageStarts)
        => new("x.txt", DocumentFormat.Text, text, pageStarts.Length == 0 ? [0] : pageStarts, []);

    [Theory]
    //          text                page starts   offset  page
    [InlineData("abc",              new[] { 0 },      0,  1)]
    [InlineData("abc",              new[] { 0 },      3,  1)]
    [InlineData("ab\n\fcd\n\fef",   new[] { 0, 4, 8 }, 3,  1)]
    [InlineData("ab\n\fcd\n\fef",   new[] { 0, 4, 8 }, 4,  2)]
    [InlineData("ab\n\fcd\n\fef",   new[] { 0, 4, 8 }, 7,  2)]
    [InlineData("ab\n\fcd\n\fef",   new[] { 0, 4, 8 }, 8,  3)]
    [InlineData("ab\n\fcd\n\fef",   new[] { 0, 4, 8 }, 10, 3)]
    public void PageAt_finds_the_page_of_an_offset(string text, int[] starts, int offset, int page)
        => Assert.Equal(page, Doc(text, starts).PageAt(offset));

    [Theory]
    //          text                offset  line
    [InlineData("one",              0,      1)]
    [InlineData("one\ntwo",         3,      1)]
    [InlineData("one\ntwo",         4,      2)]
    [InlineData("one\r\ntwo",       4,      1)]
    [InlineData("one\r\ntwo",       5,      2)]
    [InlineData("one\rtwo\nthree",  4,      2)]
    [InlineData("one\rtwo\nthree",  8,      3)]
    [InlineData("a\n\nb",           3,      3)]
    [InlineData("a\n\nb",           4,      3)]
    public void LineAt_counts_line_terminators_before_the_offset(string text, int offset, int line)
        => Assert.Equal(line, Doc(text).LineAt(offset));

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Offsets_outside_the_text_are_refused(int offset)
    {
        SourceDocument doc = Doc("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.PageAt(offset));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.LineAt(offset));
    }
}
