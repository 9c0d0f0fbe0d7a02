using System.Diagnostics;
using System.Text;
using Precedent.Citations;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class StandardOfReviewTests
{
    [Theory]
    // text                                                                                                      standards, "|"-separated
    [InlineData("We review the denial of a summary judgment motion raising qualified immunity questions de novo.", "de novo")]
    [InlineData("The decision to admit the evidence is reviewed for an abuse of discretion.", "abuse of discretion")]
    [InlineData("We review findings of fact for clear error and conclusions of law de novo.", "clear error|de novo")]
    [InlineData("Findings are reviewed under the clearly erroneous standard.", "clear error")]
    [InlineData("Because he did not object, our review is for plain error.", "plain error")]
    [InlineData("We review the Board's decision to determine whether substantial evidence supports it.", "substantial evidence")]
    [InlineData("Under the Administrative Procedure Act we review agency action under the arbitrary and capricious standard.", "arbitrary and capricious")]
    [InlineData("In reviewing the sufficiency of the evidence, we view it in the light most favorable to the verdict.", "sufficiency of the evidence")]
    [InlineData("We review a sentence for reasonableness.", "reasonableness")]
    [InlineData("Our review of the grant of summary judgment is plenary.", "de novo")]
    [InlineData("We exercise plenary review over questions of law.", "de novo")]
    [InlineData("We review de novo. Later, we review the remedy for an abuse of discretion. Again we review de novo.", "de novo|abuse of discretion")]
    public void Names_each_standard_in_order_of_first_mention(string text, string expected)
    {
        var found = StandardOfReviewReader.Read(text, []);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), found);
    }

    [Theory]
    [InlineData("The district court abused its discretion in excluding the witness.")]
    [InlineData("The district court erred, and the error was not harmless.")]
    [InlineData("The finding was clearly erroneous.")]
    [InlineData("Jones challenges the sufficiency of the evidence.")]
    [InlineData("The de novo hearing before the magistrate lasted two days.")]
    [InlineData("")]
    public void Ignores_mentions_that_are_not_statements_of_review(string text)
    {
        Assert.Empty(StandardOfReviewReader.Read(text, []));
    }

    [Fact]
    public void Reads_only_the_lead_part()
    {
        var majority = "We review the suppression ruling de novo.\n";
        var dissent = "SMITH, Circuit Judge, dissenting.\nI would review for plain error.\n";
        var text = majority + dissent;
        var parts = new List<OpinionPart> { new("majority", null, 0, majority.Length), new("dissent", "Smith", majority.Length, text.Length) };
        Assert.Equal(["de novo"], StandardOfReviewReader.Read(text, parts));
    }

    [Fact]
    public void Every_name_is_in_the_documented_set()
    {
        var text = "We review de novo, for abuse of discretion, for clear error, for plain error, for substantial evidence, "
            + "under the arbitrary and capricious standard, the sufficiency of the evidence, the manifest weight of the evidence, "
            + "for harmless error, and for reasonableness.";
        var found = StandardOfReviewReader.Read(text, []);
        Assert.Equal(StandardOfReviewReader.Names, found);
    }

    [Theory]
    [InlineData("we review de novo ")]
    [InlineData("abuse of discretion review ")]
    [InlineData("de novo")]
    [InlineData("\n")]
    public void Is_linear_on_a_million_repetitions(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, 1_000_000 / unit.Length + 1).ToString();
        var watch = Stopwatch.StartNew();
        var found = StandardOfReviewReader.Read(text, []);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(found.Count <= StandardOfReviewReader.Names.Count);
    }
}
