using Precedent.Citations;

namespace Precedent.Citations.Tests;

public class RegulationCitationTests
{
    // input sentence → exact citation text, Title, Code, Section
    [Theory]
    [InlineData("The EEOC defines the term in 29 C.F.R. § 1630.2(j) broadly.", "29 C.F.R. § 1630.2(j)", "29", "C.F.R.", "1630.2(j)")]
    [InlineData("Rule 10b-5, 17 CFR 240.10b-5, prohibits fraud.", "17 CFR 240.10b-5", "17", "C.F.R.", "240.10b-5")]
    [InlineData("Rule 10b-5, 17 C.F.R. § 240.10b-5, prohibits fraud.", "17 C.F.R. § 240.10b-5", "17", "C.F.R.", "240.10b-5")]
    [InlineData("The performance standards of 40 C.F.R. pt. 60 apply to new sources.", "40 C.F.R. pt. 60", "40", "C.F.R.", "60")]
    [InlineData("The regulations at 20 C.F.R. §§ 404.1520, 416.920 set out the five steps.", "20 C.F.R. §§ 404.1520, 416.920", "20", "C.F.R.", "404.1520")]
    [InlineData("The agency explained itself at 65 Fed. Reg. 12,345 in detail.", "65 Fed. Reg. 12,345", "65", "Fed. Reg.", "12,345")]
    [InlineData("The agency explained itself at 65 Fed. Reg. 12345 (Mar. 3, 2000) in detail.", "65 Fed. Reg. 12345", "65", "Fed. Reg.", "12345")]
    [InlineData("The preamble, 81 Fed. Reg. 31,376, 31,380 (May 18, 2016), responds to comments.", "81 Fed. Reg. 31,376, 31,380", "81", "Fed. Reg.", "31,376")]
    [InlineData("The notice was published at 65 FR 12345 that year.", "65 FR 12345", "65", "Fed. Reg.", "12345")]
    [InlineData("Staffing ratios are fixed by Cal. Code Regs. tit. 22, § 70217 for hospitals.", "Cal. Code Regs. tit. 22, § 70217", "22", "Cal. Code Regs.", "70217")]
    [InlineData("Staffing ratios are fixed by 22 Cal. Code Regs. § 70217 for hospitals.", "22 Cal. Code Regs. § 70217", "22", "Cal. Code Regs.", "70217")]
    [InlineData("(Cal. Code Regs., tit. 15, § 3084.1.)", "Cal. Code Regs., tit. 15, § 3084.1", "15", "Cal. Code Regs.", "3084.1")]
    [InlineData("The owner violated Industrial Code 12 NYCRR 23-1.7(d) on the site.", "12 NYCRR 23-1.7(d)", "12", "N.Y. Comp. Codes R. & Regs.", "23-1.7(d)")]
    [InlineData("Drilling permits are governed by 16 Tex. Admin. Code § 3.5 there.", "16 Tex. Admin. Code § 3.5", "16", "Tex. Admin. Code", "3.5")]
    [InlineData("Drilling permits are governed by Tex. Admin. Code tit. 16, § 3.5 there.", "Tex. Admin. Code tit. 16, § 3.5", "16", "Tex. Admin. Code", "3.5")]
    [InlineData("Discipline followed Fla. Admin. Code Ann. r. 64B8-9.007 for the physician.", "Fla. Admin. Code Ann. r. 64B8-9.007", null, "Fla. Admin. Code Ann.", "64B8-9.007")]
    [InlineData("The program rules in 56 Ill. Adm. Code 300.10 were cited.", "56 Ill. Adm. Code 300.10", "56", "Ill. Adm. Code", "300.10")]
    [InlineData("Air permits are required by 25 Pa. Code § 127.11 before construction.", "25 Pa. Code § 127.11", "25", "Pa. Code", "127.11")]
    [InlineData("The safety rule, WAC 296-155-24609, requires fall protection.", "WAC 296-155-24609", null, "Wash. Admin. Code", "296-155-24609")]
    [InlineData("The board relied on N.J.A.C. 6A:16-7.1 for the suspension.", "N.J.A.C. 6A:16-7.1", null, "N.J. Admin. Code", "6A:16-7.1")]
    public void Finds_regulation(string input, string text, string? title, string? code, string? section)
    {
        var c = LawCite.Find(input, CitationKind.Regulation, text);
        LawCite.AssertFields(c, title, code, section);
    }

    [Theory]
    [InlineData("The Code of Federal Regulations is revised each year.")]
    [InlineData("The C.F.R. volumes sit on the shelf.")]
    [InlineData("The 29 C.F.R. provisions were not briefed.")]
    [InlineData("The Fed. Reg. notice came later.")]
    [InlineData("Cal. Code Regs. are published by title.")]
    [InlineData("The FR team met 12 times.")]
    public void Finds_no_regulation(string input)
        => Assert.Empty(LawCite.OfKind(input, CitationKind.Regulation));

    [Fact]
    public void A_federal_register_date_extends_the_full_span_and_sets_the_year()
    {
        const string input = "The rule was proposed at 65 Fed. Reg. 12345 (Mar. 3, 2000), then withdrawn.";
        var c = LawCite.Find(input, CitationKind.Regulation, "65 Fed. Reg. 12345");
        Assert.Equal("65 Fed. Reg. 12345 (Mar. 3, 2000)", input[c.FullStart..c.FullEnd]);
        Assert.Equal(2000, c.Year);
    }

    [Fact]
    public void A_pin_page_goes_to_the_pin_cite()
    {
        const string input = "See 81 Fed. Reg. 31,376, 31,380 (May 18, 2016).";
        var c = LawCite.Find(input, CitationKind.Regulation, "81 Fed. Reg. 31,376, 31,380");
        Assert.Equal("31,380", c.PinCite);
    }

    [Fact]
    public void A_regulation_is_not_reported_as_a_statute()
    {
        const string input = "See 29 C.F.R. § 1630.2(j); 42 U.S.C. § 12102.";
        Assert.Equal(["29 C.F.R. § 1630.2(j)"], LawCite.OfKind(input, CitationKind.Regulation).Select(c => c.Text));
        Assert.Equal(["42 U.S.C. § 12102"], LawCite.OfKind(input, CitationKind.Statute).Select(c => c.Text));
    }

    [Fact]
    public void Adversarial_regulation_inputs_return()
    {
        CitationExtractor.Default.Extract(LawCite.Repeat("29 C.F.R. ", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("65 Fed. Reg. 12,", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Cal. Code Regs. tit. ", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("1 CFR 1.", 100_000));
    }
}
