using Precedent.Citations;

namespace Precedent.Citations.Tests;

public class ConstitutionCitationTests
{
    // input sentence → exact citation text, Code, Section
    [Theory]
    [InlineData("The search violated U.S. Const. amend. IV because no warrant issued.", "U.S. Const. amend. IV", "U.S. Const.", "amend. IV")]
    [InlineData("Equal protection, U.S. Const. amend. XIV, § 1, reaches the states.", "U.S. Const. amend. XIV, § 1", "U.S. Const.", "amend. XIV, § 1")]
    [InlineData("Original jurisdiction comes from U.S. Const. art. III, § 2, cl. 1 and nothing else.", "U.S. Const. art. III, § 2, cl. 1", "U.S. Const.", "art. III, § 2, cl. 1")]
    [InlineData("The brief cited U.S. CONST. amend. IV throughout.", "U.S. CONST. amend. IV", "U.S. Const.", "amend. IV")]
    [InlineData("The Commerce Clause, U.S. Const. art. I, § 8, cl. 3, was invoked.", "U.S. Const. art. I, § 8, cl. 3", "U.S. Const.", "art. I, § 8, cl. 3")]
    [InlineData("Both due process clauses, U.S. Const. amends. V, XIV, apply.", "U.S. Const. amends. V, XIV", "U.S. Const.", "amends. V, XIV")]
    [InlineData("The goals are stated in U.S. Const. pmbl. at the outset.", "U.S. Const. pmbl.", "U.S. Const.", "pmbl.")]
    [InlineData("California's search clause, Cal. Const. art. I, § 13, is similar.", "Cal. Const. art. I, § 13", "Cal. Const.", "art. I, § 13")]
    [InlineData("(Cal. Const., art. I, § 7, subd. (a).)", "Cal. Const., art. I, § 7", "Cal. Const.", "art. I, § 7")]
    [InlineData("The court system is created by N.Y. Const. art. VI in detail.", "N.Y. Const. art. VI", "N.Y. Const.", "art. VI")]
    [InlineData("The state charter, N.Y. CONST. art. I, § 6, protects due process.", "N.Y. CONST. art. I, § 6", "N.Y. Const.", "art. I, § 6")]
    [InlineData("Illinois adds Ill. Const. 1970, art. I, § 2 to the analysis.", "Ill. Const. 1970, art. I, § 2", "Ill. Const.", "art. I, § 2")]
    [InlineData("Texas courts read Tex. Const. art. I, § 19 as due course of law.", "Tex. Const. art. I, § 19", "Tex. Const.", "art. I, § 19")]
    [InlineData("The privacy clause, Fla. Const. art. I, § 23, is explicit.", "Fla. Const. art. I, § 23", "Fla. Const.", "art. I, § 23")]
    [InlineData("New Hampshire's N.H. Const. pt. I, art. 15 guarantees counsel.", "N.H. Const. pt. I, art. 15", "N.H. Const.", "pt. I, art. 15")]
    [InlineData("The text of W. Va. Const. art. III, § 10 mirrors due process.", "W. Va. Const. art. III, § 10", "W. Va. Const.", "art. III, § 10")]
    public void Finds_constitution(string input, string text, string code, string section)
    {
        var c = LawCite.Find(input, CitationKind.Constitution, text);
        LawCite.AssertFields(c, null, code, section);
    }

    [Theory]
    [InlineData("The U.S. Const. is short.")]
    [InlineData("Under the Fourth Amendment, the search was unreasonable.")]
    [InlineData("The Cal. Const. was amended by initiative.")]
    [InlineData("In the U.S. the rule differs.")]
    [InlineData("483 U.S. at 640 discussed the art. of policing.")]
    public void Finds_no_constitution(string input)
        => Assert.Empty(LawCite.OfKind(input, CitationKind.Constitution));

    [Fact]
    public void The_section_sign_inside_a_constitution_is_not_a_statute()
    {
        const string input = "See U.S. Const. art. III, § 2.";
        Assert.Single(LawCite.OfKind(input, CitationKind.Constitution));
        Assert.Empty(LawCite.OfKind(input, CitationKind.Statute));
    }

    [Fact]
    public void Adversarial_constitution_inputs_return()
    {
        CitationExtractor.Default.Extract(LawCite.Repeat("U.S. Const. art. ", 100_000));
        CitationExtractor.Default.Extract("U.S. Const. amends. I" + LawCite.Repeat(", I", 200_000));
        CitationExtractor.Default.Extract("U.S. Const. art. I" + LawCite.Repeat(", \u00A7 1", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("CONST. ", 200_000));
    }
}
