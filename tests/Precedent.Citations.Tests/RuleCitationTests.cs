using Precedent.Citations;

namespace Precedent.Citations.Tests;

public class RuleCitationTests
{
    // input sentence → exact citation text, Code, Section
    [Theory]
    [InlineData("Summary judgment is proper under Fed. R. Civ. P. 56(c) when no fact is disputed.", "Fed. R. Civ. P. 56(c)", "Fed. R. Civ. P.", "56(c)")]
    [InlineData("The opinion was admissible under Fed. R. Evid. 704 on that point.", "Fed. R. Evid. 704", "Fed. R. Evid.", "704")]
    [InlineData("The notice was late under Fed. R. App. P. 4(a)(1) by a day.", "Fed. R. App. P. 4(a)(1)", "Fed. R. App. P.", "4(a)(1)")]
    [InlineData("The plea colloquy satisfied Fed. R. Crim. P. 11 in every respect.", "Fed. R. Crim. P. 11", "Fed. R. Crim. P.", "11")]
    [InlineData("The complaint was dismissed under Fed.R.Civ.P. 12(b)(6) below.", "Fed.R.Civ.P. 12(b)(6)", "Fed. R. Civ. P.", "12(b)(6)")]
    [InlineData("Defendants moved under FRCP 12(b)(6) instead.", "FRCP 12(b)(6)", "Fed. R. Civ. P.", "12(b)(6)")]
    [InlineData("Certiorari is discretionary, Sup. Ct. R. 10, and rarely granted.", "Sup. Ct. R. 10", "Sup. Ct. R.", "10")]
    [InlineData("The brief lacked a statement required by 10th Cir. R. 28.2 on prior appeals.", "10th Cir. R. 28.2", "10th Cir. R.", "28.2")]
    [InlineData("Counsel also ignored 2d Cir. R. 32.1.1 on summary orders.", "2d Cir. R. 32.1.1", "2d Cir. R.", "32.1.1")]
    [InlineData("Sanctions were imposed under Fed. R. Bankr. P. 9011 by the court.", "Fed. R. Bankr. P. 9011", "Fed. R. Bankr. P.", "9011")]
    [InlineData("The brief must comply with Cal. Rules of Court, rule 8.204 in form.", "Cal. Rules of Court, rule 8.204", "Cal. Rules of Court", "8.204")]
    [InlineData("A motion to dismiss under Tex. R. Civ. P. 91a must be decided quickly.", "Tex. R. Civ. P. 91a", "Tex. R. Civ. P.", "91a")]
    [InlineData("The standard of Federal Rule of Evidence 404(b) governs other acts.", "Federal Rule of Evidence 404(b)", "Fed. R. Evid.", "404(b)")]
    [InlineData("Rule 56 of the Federal Rules of Civil Procedure governs summary judgment.", "Rule 56 of the Federal Rules of Civil Procedure", "Fed. R. Civ. P.", "56")]
    [InlineData("The Court amended Fed. Rule Civ. Proc. 23 in 2003.", "Fed. Rule Civ. Proc. 23", "Fed. R. Civ. P.", "23")]
    [InlineData("Summary disposition was sought under MCR 2.116(C)(8) in Michigan.", "MCR 2.116(C)(8)", "Mich. Ct. R.", "2.116(C)(8)")]
    [InlineData("Ohio's dismissal rule is Civ.R. 12(B)(6) in the common pleas court.", "Civ.R. 12(B)(6)", "Ohio Civ. R.", "12(B)(6)")]
    [InlineData("The filing was signed under Fla. R. Civ. P. 1.140(b) as well.", "Fla. R. Civ. P. 1.140(b)", "Fla. R. Civ. P.", "1.140(b)")]
    [InlineData("The complaint survived Rule 12(b)(6) because it was plausible.", "Rule 12(b)(6)", null, "12(b)(6)")]
    [InlineData("The district court cited Rules 12 and 56 together.", "Rules 12 and 56", null, "12")]
    [InlineData("The court imposed Rule 11 sanctions on counsel.", "Rule 11", null, "11")]
    public void Finds_rule(string input, string text, string? code, string section)
    {
        var c = LawCite.Find(input, CitationKind.Rule, text);
        LawCite.AssertFields(c, null, code, section);
    }

    [Theory]
    [InlineData("The Rule of law requires notice.")]
    [InlineData("The rule of lenity applies to ambiguous criminal statutes.")]
    [InlineData("The Fed. R. Civ. P. were amended in 2015.")]
    [InlineData("As a general Rule, courts defer.")]
    [InlineData("Rules are made to be followed.")]
    [InlineData("The 10th Cir. held otherwise.")]
    [InlineData("The Federal Rules of Evidence apply in bench trials.")]
    public void Finds_no_rule(string input)
        => Assert.Empty(LawCite.OfKind(input, CitationKind.Rule));

    [Fact]
    public void The_r_in_a_rule_set_is_not_a_record_citation()
    {
        const string input = "See Fed. R. Civ. P. 56(a); Sup. Ct. R. 14.1.";
        Assert.Equal(2, LawCite.OfKind(input, CitationKind.Rule).Count);
        Assert.Empty(LawCite.OfKind(input, CitationKind.Record));
    }

    [Fact]
    public void Adversarial_rule_inputs_return()
    {
        CitationExtractor.Default.Extract(LawCite.Repeat("Fed. R. ", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Rule ", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("10th Cir. ", 100_000));
        CitationExtractor.Default.Extract("Rules 1" + LawCite.Repeat(", 1", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Federal Rule of ", 100_000));
    }
}
