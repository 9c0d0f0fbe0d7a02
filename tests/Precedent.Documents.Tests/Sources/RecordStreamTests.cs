using System.Text;
using Precedent.Documents.Sources;

namespace Precedent.Documents.Tests.Sources;

public class RecordStreamTests
{
    private static List<string> Lines(string content, int max)
    {
        var reader = new ByteLineReader(new MemoryStream(Encoding.UTF8.GetBytes(content)), max);
        var lines = new List<string>();
        while (reader.TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong))
            lines.Add(tooLong ? $"<too long at {reader.LineNumber}>" : Encoding.UTF8.GetString(line.Span));
        return lines;
    }

    [Theory]
    //          content                                         max    lines
    [InlineData("a\nbb\r\nccc",                                  100,   "a|bb|ccc")]
    [InlineData("a\n\n\nb\n",                                    100,   "a|||b")]
    [InlineData("short\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nafter\n", 16, "short|<too long at 2>|after")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",        16,    "<too long at 1>")]
    [InlineData("",                                              100,   "")]
    public void Splits_lines_and_skips_overlong_ones(string content, int max, string expected)
        => Assert.Equal(expected, string.Join("|", Lines(content, max)));

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_kept_whole()
    {
        string big = new('§', 300_000);
        Assert.Equal([big, "next"], Lines(big + "\nnext", int.MaxValue));
    }

    private static string Rows(string content, int max = int.MaxValue)
    {
        var reader = new CsvByteReader(new MemoryStream(Encoding.UTF8.GetBytes(content)), max);
        var rows = new List<string>();
        while (reader.Next() is { } row)
            rows.Add(row.Fields is null ? $"{row.Row}@{row.Line}: {row.Error}" : $"{row.Row}@{row.Line}: " + string.Join("|", row.Fields));
        return string.Join(" / ", rows);
    }

    [Theory]
    //          csv                                               rows: number@line: fields
    [InlineData("h1,h2\na,b\n",                                    "0@1: h1|h2 / 1@2: a|b")]
    [InlineData("h\r\n\"x,y\"\r\n",                                 "0@1: h / 1@2: x,y")]
    [InlineData("h\n\"say \"\"hi\"\"\"\n",                          "0@1: h / 1@2: say \"hi\"")]
    [InlineData("h\n\"two\nlines\"\nnext\n",                        "0@1: h / 1@2: two\nlines / 2@4: next")]
    [InlineData("h\n\n\nafter blanks",                             "0@1: h / 1@4: after blanks")]
    [InlineData("h\n\"closed\"then,more\n",                        "0@1: h / 1@2: closedthen|more")]
    [InlineData("h\nin\"side,x\n",                                 "0@1: h / 1@2: in\"side|x")]
    [InlineData("a,,c,\n",                                         "0@1: a||c|")]
    [InlineData("h\n\"open",                                       "0@1: h / 1@2: has a quoted field that is never closed (the file ends inside it)")]
    public void Parses_rfc_4180(string csv, string expected) => Assert.Equal(expected, Rows(csv));

    [Fact]
    public void An_overlong_row_is_reported_and_the_next_is_read()
        => Assert.Equal(
            "0@1: h / 1@2: is longer than 8 bytes and was skipped / 2@3: ok",
            Rows("h\n\"0123456789abcdef\"\nok\n", 8));
}
