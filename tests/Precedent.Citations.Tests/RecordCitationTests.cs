using Precedent.Citations;

namespace Precedent.Citations.Tests;

public class RecordCitationTests
{
    // input sentence → exact citation text, Code, Section, PinCite (a record page is its own pinpoint;
    // a docket entry's pin is the page after "at")
    [Theory]
    [InlineData("The officer's report, Aplt. App. at 138-142, describes the stop.", "Aplt. App. at 138-142", "Aplt. App.", "138-142", "138-142")]
    [InlineData("The order is reproduced at Aplt. App. 138 in full.", "Aplt. App. 138", "Aplt. App.", "138", "138")]
    [InlineData("The declaration (Aplee. Supp. App. at 12) says otherwise.", "Aplee. Supp. App. at 12", "Aplee. Supp. App.", "12", "12")]
    [InlineData("The jury was instructed on intent. R. at 45.", "R. at 45", "R.", "45", "45")]
    [InlineData("The exhibit appears in R. Vol. I at 45 of the record.", "R. Vol. I at 45", "R.", "45", "45")]
    [InlineData("The motion to dismiss, Dkt. No. 12, was granted.", "Dkt. No. 12", "Dkt. No.", "12", null)]
    [InlineData("The magistrate judge's recommendation (Doc. 34) was adopted.", "Doc. 34", "Doc.", "34", null)]
    [InlineData("The court explained its reasons. ECF No. 34 at 5.", "ECF No. 34 at 5", "ECF No.", "34", "5")]
    [InlineData("The court explained its reasons. ECF No. 34, at 5.", "ECF No. 34, at 5", "ECF No.", "34", "5")]
    [InlineData("The witness identified him, Tr. 112:4-9, without hesitation.", "Tr. 112:4-9", "Tr.", "112:4-9", "112:4-9")]
    [InlineData("The witness identified him (Tr. at 112) without hesitation.", "Tr. at 112", "Tr.", "112", "112")]
    [InlineData("The contract is in the joint appendix (J.A. 87).", "J.A. 87", "J.A.", "87", "87")]
    [InlineData("Plaintiff alleges he was never paid. Compl. ¶ 12.", "Compl. ¶ 12", "Compl.", "¶ 12", "¶ 12")]
    [InlineData("The amended pleading adds the claim. Am. Compl. ¶¶ 30-34.", "Am. Compl. ¶¶ 30-34", "Am. Compl.", "¶¶ 30-34", "¶¶ 30-34")]
    [InlineData("The court of appeals disagreed. App. 23a.", "App. 23a", "App.", "23a", "23a")]
    [InlineData("The district court's opinion is at Pet. App. 5a-7a.", "Pet. App. 5a-7a", "Pet. App.", "5a-7a", "5a-7a")]
    [InlineData("He was advised of his rights. Appellant's App. at 40.", "Appellant's App. at 40", "Aplt. App.", "40", "40")]
    [InlineData("The lease is reproduced in the record, 2 Aplt. App. 345, and is unambiguous.", "2 Aplt. App. 345", "Aplt. App.", "345", "345")]
    [InlineData("See R. at 45, 47; J.A. 87, 92.", "R. at 45, 47", "R.", "45", "45")]
    [InlineData("Both motions, Dkt. Nos. 12, 15, were denied.", "Dkt. Nos. 12, 15", "Dkt. No.", "12", null)]
    [InlineData("The exhibit was filed as ECF No. 34-1 at 5 below.", "ECF No. 34-1 at 5", "ECF No.", "34-1", "5")]
    public void Finds_record(string input, string text, string code, string section, string? pin)
    {
        var c = LawCite.Find(input, CitationKind.Record, text);
        LawCite.AssertFields(c, null, code, section);
        Assert.Equal(pin, c.PinCite);
    }

    [Fact]
    public void A_volume_is_reported()
    {
        Assert.Equal("I", LawCite.Find("See R. Vol. I at 45.", CitationKind.Record, "R. Vol. I at 45").Volume);
        Assert.Equal("2", LawCite.Find("See 2 Aplt. App. 345.", CitationKind.Record, "2 Aplt. App. 345").Volume);
    }

    [Theory]
    [InlineData("R. Smith said the contract was void.")]
    [InlineData("The R. 45 form was filed late.")]
    [InlineData("The case went to the App. Div. on appeal.")]
    [InlineData("The court relied on Smith v. Jones, 123 Cal. App. 4th 456 (2004).")]
    [InlineData("The court relied on Doe v. Roe, 45 F. App'x 12 (10th Cir. 2002).")]
    [InlineData("The court relied on People v. Lee, 12 Ill. App. 3d 45 (1973).")]
    [InlineData("The court relied on State v. Kim, 99 Ohio App. 3d 1 (1995).")]
    [InlineData("See App. 45 for a page with no letter.")]
    [InlineData("The Compl. was filed in March 2020.")]
    [InlineData("Bankers Tr. Co. v. Smith involved a trust.")]
    [InlineData("J.A. Smith wrote the brief.")]
    [InlineData("The case was Docket No. 12-cv-345 in the district court.")]
    [InlineData("The Doc. was missing.")]
    public void Finds_no_record(string input)
        => Assert.Empty(LawCite.OfKind(input, CitationKind.Record));

    [Fact]
    public void Adversarial_record_inputs_return()
    {
        CitationExtractor.Default.Extract(LawCite.Repeat("R. at ", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("App. ", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("ECF No. ", 200_000));
        CitationExtractor.Default.Extract("J.A. 1" + LawCite.Repeat(", 1", 300_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("2 Aplt. App. ", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Compl. \u00B6 ", 100_000));
    }
}
