using System.Diagnostics;
using System.Text;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class FootnoteReaderTests
{
    private static SourceDocument Plain(string text) => new("opinion.txt", DocumentFormat.Text, text, [0], []);

    /// <summary>Each row: the text, then the expected footnotes as "label@anchor-text-after-mark|body-start".</summary>
    public static TheoryData<string, string, string[]> Texts => new()
    {
        {
            "bracketed marks with bodies at the end",
            "Force is judged objectively.[1] Graham v. Connor, 490 U.S. 386 (1989), controls.[2] We reverse.\n"
            + "[1] The standard is the same for arrests.\n[2] See also Tennessee v. Garner, 471 U.S. 1 (1985).\n",
            ["1|[1] The standard", "2|[2] See also"]
        },
        {
            "a bracketed alteration in a quotation is not a mark",
            "The statute reads “[1]n the event of a seizure” and applies.[1] We agree.\n[1] The alteration is ours.\n",
            ["1|[1] The alteration"]
        },
        {
            "FN-style notes",
            "The officer fired three rounds.FN1 The plaintiff survived.FN2\nFN1. The weapon was automatic.\nFN2. He was hospitalised.\n",
            ["1|FN1. The weapon", "2|FN2. He was"]
        },
        {
            "slip opinion notes under a rule",
            "The Court of Appeals affirmed.1 We granted certiorari.2\n_______________\n1 See 813 F. 3d 1245 (2016).\n"
            + "2 The petition raised one question.\n",
            ["1|1 See 813", "2|2 The petition"]
        },
        {
            "a bracketed number alone on its line in the body is a headnote mark, not a note",
            "The husband owes the past cost-of-living payments.[1] We turn to laches.\n[1]\nA support order may be modified.\n"
            + "[2]\nThe husband next argues estoppel.\nNOTES\n[1] The couple's son died before the hearing.\n",
            ["1|[1] The couple's"]
        },
        {
            "numbers that are not footnotes",
            "In 1996, officers fired 3 rounds from 10 feet.\n1 officer stayed behind.\n2 more arrived.\n",
            []
        },
        {
            "a body without any mark is dropped",
            "Nothing is marked here.\n[1] An orphan note.\n",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_plain_text_footnotes(string description, string text, string[] expected)
    {
        IReadOnlyList<Footnote> notes = FootnoteReader.Read(Plain(text));
        string[] actual = notes.Select(n => $"{n.Label}|{text[n.Start..Math.Min(n.End, n.Start + expectedLength(expected, n.Label))]}").ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{description}: got [{string.Join(", ", actual)}]");
        foreach (Footnote n in notes)
        {
            Assert.InRange(n.Anchor, 0, n.Start - 1);
            Assert.True(n.Start < n.End);
        }

        static int expectedLength(string[] expected, string label) =>
            expected.FirstOrDefault(e => e.StartsWith(label + "|", StringComparison.Ordinal)) is { } e ? e.Length - label.Length - 1 : 0;
    }

    [Fact]
    public void Twenty_footnotes_in_a_row_each_find_their_own_mark()
    {
        var body = new StringBuilder("The record shows twenty disputed facts.");
        for (int i = 1; i <= 20; i++)
            body.Append('[').Append(i).Append(']');
        body.Append('\n');
        for (int i = 1; i <= 20; i++)
            body.Append('[').Append(i).Append("] Fact ").Append(i).Append(" is disputed.\n");
        string text = body.ToString();
        IReadOnlyList<Footnote> notes = FootnoteReader.Read(Plain(text));
        Assert.Equal(20, notes.Count);
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), notes[i].Label);
            Assert.Equal($"[{i + 1}]", text.Substring(notes[i].Anchor, notes[i].Label.Length + 2));
            Assert.True(notes[i].Anchor < text.IndexOf('\n'), "the mark is in the running text, not in a note");
        }
    }

    [Fact]
    public void Uses_the_readers_footnotes_and_finds_their_marks()
    {
        string text = "Excessive force claims arise under the Fourth Amendment.[1]\n[1] Graham v. Connor, 490 U.S. 386 (1989).";
        int start = text.IndexOf("\n[1]", StringComparison.Ordinal) + 1;
        var doc = new SourceDocument("brief.docx", DocumentFormat.Docx, text, [0], [new FootnoteSpan("1", start, text.Length)]);
        Footnote note = Assert.Single(FootnoteReader.Read(doc));
        Assert.Equal(new Footnote("1", start, text.Length, text.IndexOf("[1]", StringComparison.Ordinal)), note);
    }

    [Fact]
    public void A_readers_footnote_without_a_mark_has_anchor_minus_one()
    {
        string text = "No mark in this text.\nA note.";
        var doc = new SourceDocument("page.html", DocumentFormat.Html, text, [0], [new FootnoteSpan("7", 22, text.Length)]);
        Assert.Equal(-1, Assert.Single(FootnoteReader.Read(doc)).Anchor);
    }

    [Theory]
    [InlineData("[1]\n")]
    [InlineData("FN1\n")]
    [InlineData("1 x\n")]
    [InlineData("word.1 \n")]
    public void Stays_linear_on_a_hundred_thousand_repeated_lines(string line)
    {
        string text = "_____\n" + string.Concat(Enumerable.Repeat(line, 100_000));
        var watch = Stopwatch.StartNew();
        _ = FootnoteReader.Read(Plain(text));
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("[9999999]\n[1]")]
    [InlineData("FN\nFN0.\n")]
    public void Never_throws(string text)
    {
        _ = FootnoteReader.Read(Plain(text));
        _ = FootnoteReader.Read(new SourceDocument("x.html", DocumentFormat.Html, text, [0], [new FootnoteSpan("1", 5, 99)]));
        Assert.Empty(FootnoteReader.Read(null!));
    }
}
