using System.Diagnostics;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class BlockQuoteReaderTests
{
    private const string Paragraph =
        "The officers were confronted with a man who had told them he was armed, and the question is whether a reasonable "
        + "officer would have believed that deadly force was justified. Tennessee v. Garner, 471 U.S. 1, 11 (1985), "
        + "answers that question in part, but not in full, and we must look to the record as a whole.";

    private const string Quotation =
        "Reasonableness under the Fourth Amendment resembles tort law in its attention to how a specific, concrete "
        + "circumstance should be weighed against the interests of the person seized, and it is a question for the jury.";

    public static TheoryData<string, string, string[]> Texts => new()
    {
        {
            "paragraph per line with tab indents: an unindented paragraph followed by its citation",
            "\t" + Paragraph + "\n\t" + Paragraph + "\n" + Quotation + "\nDixon v. Richer, 922 F.2d 1456, 1463 (10th Cir. 1991). We agree.\n\t" + Paragraph + "\n",
            ["Reasonableness under"]
        },
        {
            "paragraph per line, no indents: an indented paragraph",
            Paragraph + "\n        " + Quotation + "\n" + Paragraph + "\n" + Paragraph + "\n",
            ["Reasonableness under"]
        },
        {
            "wrapped text: a deeper indented run of lines",
            "  The court of appeals held that the officers acted\nreasonably under the circumstances that confronted\nthem at the scene, and we granted review.\n"
            + "       “Reasonableness under the Fourth Amendment is\n       judged from the perspective of the officer.”\n"
            + "We agree with that statement of the rule, and apply\nit to the facts as the jury could have found them.\n",
            ["“Reasonableness under"]
        },
        {
            "an opinion without block quotations",
            "\t" + Paragraph + "\n\t" + Paragraph + "\n\t" + Paragraph + "\n",
            []
        },
        {
            "indented first lines of wrapped paragraphs are not quotations",
            "     The court of appeals held that the officers acted\nreasonably under the circumstances that confronted\n"
            + "     them at the scene, and we granted review here\nbecause the circuits disagree about the standard.\n",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_block_quotations(string description, string text, string[] expected)
    {
        string[] actual = BlockQuoteReader.Read(text).Select(s => text[s.Start..Math.Min(s.End, s.Start + 20)].Trim()).ToArray();
        string[] want = expected.Select(e => e[..Math.Min(e.Length, 20)].Trim()).ToArray();
        Assert.True(want.SequenceEqual(actual), $"{description}: got [{string.Join(", ", actual)}]");
    }

    [Theory]
    [InlineData("        indented line of some length, repeated over and over\n")]
    [InlineData("\tI.\n")]
    [InlineData("\n")]
    public void Stays_linear_on_a_hundred_thousand_repeated_lines(string line)
    {
        string text = string.Concat(Enumerable.Repeat(line, 100_000));
        var watch = Stopwatch.StartNew();
        _ = BlockQuoteReader.Read(text);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t\t\t")]
    [InlineData(":\n\tx")]
    public void Never_throws(string text)
    {
        _ = BlockQuoteReader.Read(text);
        _ = BlockQuoteReader.Read(null!);
    }
}
