using System.Diagnostics;
using Precedent.Citations;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class HeadingReaderTests
{
    private const string Prose =
        "The district court denied summary judgment on the ground that the officers were not entitled to qualified "
        + "immunity. Saucier v. Katz, 533 U.S. 194, 201 (2001), sets out the inquiry.\n";

    /// <summary>Each row: the text, then the expected headings as "level|label|title".</summary>
    public static TheoryData<string, string, string[]> Texts => new()
    {
        {
            "roman labels with titles, tab-indented",
            "\tI.  Background\n" + Prose + "\tII.  Standard of Review\n" + Prose,
            ["1|I.|Background", "1|II.|Standard of Review"]
        },
        {
            "roman numeral alone over its title",
            "I\nLegal Framework\n" + Prose + "II\nReasonableness As a Matter of Law\n" + Prose,
            ["1|I|Legal Framework", "1|II|Reasonableness As a Matter of Law"]
        },
        {
            "nested letters and numbers",
            "I. Discussion\n" + Prose + "A. Qualified Immunity\n" + Prose + "1. Clearly Established Law\n" + Prose
            + "(a) Notice\n" + Prose + "B. Municipal Liability\n" + Prose,
            ["1|I.|Discussion", "2|A.|Qualified Immunity", "3|1.|Clearly Established Law", "4|(a)|Notice", "2|B.|Municipal Liability"]
        },
        {
            "unnumbered headings in capitals",
            Prose + "BACKGROUND\n" + Prose + "DISCUSSION\n" + Prose + "CONCLUSION\n" + Prose,
            ["0|-|BACKGROUND", "0|-|DISCUSSION", "0|-|CONCLUSION"]
        },
        {
            "a numbered list of sentences is not headings",
            Prose + "1. The evidence is legally insufficient to support the conviction.\n"
            + "2. The trial court erred by refusing the requested instruction on self-defense.\n" + Prose,
            []
        },
        {
            "prose that wraps after a label-like start",
            Prose + "A. The officers had probable cause to arrest him, the court\nconcluded, and so the claim fails.\n",
            []
        },
        {
            "a cited reporter cut at the end of a line",
            "Prose citing Smith v. Jones, 900 F.\n2d 120 (10th Cir. 1990), and more.\nU.\nS. 35, 39 (1987).\n" + Prose,
            []
        },
        {
            "a quoted short line and a question",
            Prose + "“Stop,” he said.\nQ. Who was there?\nA. Officer Cram.\n" + Prose,
            []
        },
        {
            "an out-of-sequence label is not a heading",
            Prose + "IV. Remedies\n" + Prose,
            []
        },
        {
            "unnumbered headings in title case",
            Prose + "Background\n" + Prose + "Standard of Review\n" + Prose + "Factual and procedural background:\n" + Prose
            + "Conclusion\nWe affirm the judgment of the district court.\n",
            ["0|-|Background", "0|-|Standard of Review", "0|-|Factual and procedural background", "0|-|Conclusion"]
        },
        {
            "a title-case word in wrapped prose is not a heading",
            "The officers described the factual\nBackground\nOf the stop in their reports, which the court credited.\n"
            + Prose + "Conclusion\nof the hearing came late in the afternoon, after the officers testified.\n",
            []
        },
        {
            "a title-case line that is not a known title",
            Prose + "Officer Safety\n" + Prose + "Conclusion\nJ. Smith\n",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_headings(string description, string text, string[] expected)
    {
        IReadOnlyList<OpinionPart> parts = [new OpinionPart("majority", null, 0, text.Length)];
        string[] actual = HeadingReader.Read(text, parts).Select(h => $"{h.Level}|{h.Label ?? "-"}|{h.Title}").ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{description}: got [{string.Join(", ", actual)}]");
    }

    [Fact]
    public void Numbering_restarts_in_each_part_and_offsets_point_at_the_label()
    {
        string majority = "I.  Background\n" + Prose + "II.  Analysis\n" + Prose;
        string dissent = "SEYMOUR, Circuit Judge, dissenting\nI\nLegal Framework\n" + Prose;
        string text = majority + dissent;
        IReadOnlyList<OpinionPart> parts = PartReader.Read(text);
        IReadOnlyList<Heading> headings = HeadingReader.Read(text, parts);
        Assert.Equal(["I.", "II.", "I"], headings.Select(h => h.Label));
        Assert.StartsWith("I.  Background", text[headings[0].Start..], StringComparison.Ordinal);
        Assert.Equal("Legal Framework", text[(headings[2].End - "Legal Framework".Length)..headings[2].End]);
    }

    [Theory]
    [InlineData("I.\n")]
    [InlineData("I\n")]
    [InlineData("DISCUSSION\n")]
    [InlineData("1. Facts\n")]
    [InlineData("Background\n")]
    public void Stays_linear_on_a_hundred_thousand_repeated_lines(string line)
    {
        string text = string.Concat(Enumerable.Repeat(line, 100_000));
        var watch = Stopwatch.StartNew();
        IReadOnlyList<Heading> headings = HeadingReader.Read(text, PartReader.Read(text));
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.True(headings.Count <= 2, $"{headings.Count} headings in a column of identical lines");
    }

    [Theory]
    [InlineData("")]
    [InlineData("(")]
    [InlineData("()\n(a\n(ab)\nI.\n\n")]
    [InlineData("XXXXXX.\nLLLL\n")]
    public void Never_throws(string text)
    {
        _ = HeadingReader.Read(text, []);
        _ = HeadingReader.Read(text, [new OpinionPart("majority", null, 0, text.Length), new OpinionPart("dissent", null, 0, 0)]);
        _ = HeadingReader.Read(null!, null!);
    }
}
