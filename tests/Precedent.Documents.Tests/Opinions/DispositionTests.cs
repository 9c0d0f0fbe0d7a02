using System.Diagnostics;
using System.Text;
using Precedent.Citations;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class DispositionTests
{
    [Theory]
    // opinion text                                                                                   kind                    dispositive sentence starts with
    [InlineData("The officers appeal. We have jurisdiction. Because the right was not clearly established, we REVERSE the district court's order and REMAND with instructions to enter judgment for the officers.", "reversed+remanded", "Because the right")]
    [InlineData("The sentence was reasonable.\nAFFIRMED.", "affirmed", "AFFIRMED.")]
    [InlineData("We find no error. The judgment of the district court is affirmed.", "affirmed", "The judgment of the district court")]
    [InlineData("The instruction misstated the law.\nReversed and remanded.", "reversed+remanded", "Reversed and remanded.")]
    [InlineData("The claim fails under Graham v. Connor, 490 U.S. 386, 396 (1989). Accordingly, we affirm.", "affirmed", "Accordingly, we affirm.")]
    [InlineData("Substantial evidence supports the agency. The petition for review is DENIED.", "denied", "The petition for review")]
    [InlineData("The order is not final. The appeal is DISMISSED for lack of jurisdiction.", "dismissed", "The appeal is DISMISSED")]
    [InlineData("The respondent judge exceeded his authority.\nWrit granted.", "granted", "Writ granted.")]
    [InlineData("PEOPLE v. SMITH\nOrder affirmed, with costs; no opinion.\n", "affirmed", "Order affirmed")]
    [InlineData("The first claim fails; the second does not. AFFIRMED in part, REVERSED in part, and REMANDED.", "affirmed_in_part+remanded", "AFFIRMED in part")]
    [InlineData("We affirm the conviction but vacate the sentence.", "affirmed_in_part", "We affirm")]
    [InlineData("The judgment of the Court of Appeals is vacated, and the case is remanded for further proceedings consistent with this opinion.", "vacated+remanded", "The judgment of the Court of Appeals")]
    [InlineData("Judgment reversed; cause remanded.\nSMITH and JONES, JJ., concur.", "reversed+remanded", "Judgment reversed")]
    [InlineData("We exercise jurisdiction under 28 U.S.C. § 1291 and reverse.", "reversed", "We exercise jurisdiction")]
    [InlineData("Judgment, Supreme Court, Bronx County, rendered May 1, 2014, convicting defendant of robbery, unanimously affirmed.", "affirmed", "Judgment, Supreme Court")]
    [InlineData("There is no error.", "affirmed", "There is no error.")]
    [InlineData("Judgment modified and, as so modified, affirmed.", "affirmed", "Judgment modified")]
    [InlineData("For these reasons, the Court GRANTS the motion to dismiss.", "granted", "For these reasons")]
    public void Reads_the_courts_own_disposition(string text, string kind, string sentenceStart)
    {
        var d = DispositionReader.Read(text, []);
        Assert.NotNull(d);
        Assert.Equal(kind, d.Kind);
        Assert.StartsWith(sentenceStart, d.Text, StringComparison.Ordinal);
        Assert.Equal(d.Text, text[d.Start..d.End]);
    }

    private const string LongReasoning =
        "The limitations period is two years, and it began to run when the plaintiff knew of his injury. The record shows he knew of it at once. "
        + "He filed within the period, for the tolling statute stopped the clock while he was a minor, and the district court rightly so held. "
        + "The defendants' other arguments fare no better: each was raised for the first time on appeal, and none shows that the district court erred. "
        + "Nor does the record bear out their claim of prejudice, for they had notice of the claim from the first day and took full discovery on it. "
        + "The district court's careful findings on each of these points are supported by the record, and we see no reason to disturb them here. "
        + "The same is true of the court's rulings on the evidence, which were well within its discretion and did not affect the outcome of the trial. "
        + "Finally, the instructions, read as a whole, fairly stated the law on each of the elements that the jury had to find in order to return its verdict. "
        + "We have considered the remaining points the parties raise and find that none of them warrants discussion or alters the conclusion reached above. "
        + "Costs on appeal are taxed against the defendants, who did not prevail on any of the issues they presented, and the mandate shall issue forthwith. "
        + "The parties shall bear their own fees, the statute under which the plaintiff sued making no provision for an award of fees to a prevailing party.";

    [Theory]
    [InlineData("The order of the Appellate Division should be reversed, with costs, and the complaint dismissed.", "reversed")]
    [InlineData("The judgment should be reversed and a new trial granted, costs to abide the event.", "reversed")]
    [InlineData("Klauschie's request is GRANTED and the appeal is DISMISSED.", "dismissed")]
    public void Reads_the_courts_should_form_at_the_end(string text, string kind)
        => Assert.Equal(kind, DispositionReader.Read("We have considered the record. " + text, [])?.Kind);

    [Theory]
    [InlineData("The trial court should be reversed, the defendants argue, because the verdict rests on hearsay. " + LongReasoning)]
    public void A_partys_should_far_from_the_end_is_no_disposition(string text)
        => Assert.NotEqual("reversed", DispositionReader.Read(text, [])?.Kind);

    [Theory]
    [InlineData("The district court dismissed the complaint under Rule 12(b)(6).")]
    [InlineData("We affirmed in Smith v. Jones, 100 F.3d 1 (10th Cir. 1996), on the same facts.")]
    [InlineData("The court of appeals reversed, and we granted certiorari.")]
    [InlineData("If we reverse, the case must be tried again.")]
    [InlineData("When a judgment is reversed, the mandate issues.")]
    [InlineData("The trial court denied the motion to suppress.")]
    [InlineData("He argues that \"the judgment is affirmed\" was a clerical slip.")]
    [InlineData("We would affirm on a different ground.")]
    [InlineData("The defendants argue that the complaint should be dismissed because the claims are untimely. " + LongReasoning)]
    [InlineData("Appellants respectfully ask that the Court reverse the judgment below.")]
    [InlineData("The State urges us to affirm the conviction.")]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("The facts are undisputed. The officer fired twice.")]
    public void States_nothing_when_no_sentence_is_the_courts_own(string text)
    {
        Assert.Null(DispositionReader.Read(text, []));
    }

    [Fact]
    public void Prefers_the_last_disposition_of_the_lead_part()
    {
        var text = "We affirm in part. The rest of the opinion follows.\nFor these reasons, we vacate the sentence and remand for resentencing.";
        var d = DispositionReader.Read(text, []);
        Assert.Equal("vacated+remanded", d?.Kind);
    }

    [Fact]
    public void Ignores_a_dissent_and_reads_only_the_lead_part()
    {
        var majority = "The officers acted reasonably. The judgment is reversed.\n";
        var dissent = "SMITH, Circuit Judge, dissenting.\nI would hold otherwise. Accordingly, we affirm.\n";
        var text = majority + dissent;
        var parts = new List<OpinionPart> { new("majority", null, 0, majority.Length), new("dissent", "Smith", majority.Length, text.Length) };
        var d = DispositionReader.Read(text, parts);
        Assert.Equal("reversed", d?.Kind);
        Assert.True(d!.End <= majority.Length);
    }

    [Fact]
    public void A_disposition_only_in_a_dissent_is_no_disposition()
    {
        var majority = "The questions presented are difficult and we address each in turn.\n";
        var dissent = "AFFIRMED.\n";
        var text = majority + dissent;
        var parts = new List<OpinionPart> { new("majority", null, 0, majority.Length), new("dissent", "Smith", majority.Length, text.Length) };
        Assert.Null(DispositionReader.Read(text, parts));
        Assert.Null(DispositionReader.Read(text, [new OpinionPart("dissent", "Smith", 0, text.Length)]));
    }

    [Fact]
    public void Reads_the_caption_line_when_the_body_states_nothing()
    {
        var text = "SMITH v. JONES\nJudgment affirmed.\nThe facts are these. The parties disagree.";
        int body = text.IndexOf("The facts", StringComparison.Ordinal);
        var d = DispositionReader.Read(text, [], body);
        Assert.Equal("affirmed", d?.Kind);
        Assert.Equal("Judgment affirmed.", d?.Text);
    }

    [Fact]
    public void Skips_footnote_lines()
    {
        var text = "The judgment is affirmed.\nSMITH and JONES, JJ., concur.\n1 In the earlier appeal the judgment was reversed and we remand nothing. Reversed.";
        var d = DispositionReader.Read(text, []);
        Assert.Equal("The judgment is affirmed.", d?.Text);
    }

    [Theory]
    [InlineData(-5, 10)]
    [InlineData(0, 1_000_000)]
    [InlineData(50, 10)]
    public void Survives_parts_outside_the_text(int start, int end)
    {
        var text = "The judgment is affirmed.";
        var d = DispositionReader.Read(text, [new OpinionPart("majority", null, start, end)], bodyStart: -3);
        Assert.True(d is null || d.Kind == "affirmed");
    }

    [Theory]
    [InlineData("affirmed ")]
    [InlineData("AFFIRMED.\n")]
    [InlineData("we affirm and remand and reverse, ")]
    [InlineData("\n")]
    [InlineData("\"")]
    [InlineData("U.S. ")]
    public void Is_linear_on_a_million_repetitions(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, 1_000_000 / unit.Length + 1).ToString();
        var watch = Stopwatch.StartNew();
        var d = DispositionReader.Read(text, []);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(d is null || d.End <= text.Length);
    }

    [Fact]
    public void Survives_odd_characters()
    {
        var text = "\uD800AFFIRMED\u0000.\r\n\u201CThe judgment is affirmed.\u201D\n\uFFFF Reversed.";
        var d = DispositionReader.Read(text, []);
        Assert.Equal("reversed", d?.Kind);
    }
}
