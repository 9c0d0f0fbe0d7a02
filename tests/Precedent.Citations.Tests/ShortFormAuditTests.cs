using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>
/// Forms found wrong in hand audits of short-form resolution, as a table: each text, the citation, the occurrence
/// and the authority label it must resolve to (prefix), "—" for unresolved or "(absent)" for no such citation.
/// </summary>
public class ShortFormAuditTests
{
    public static TheoryData<string, string, int, string> Cases() => new()
    {
        // A name that is the first party of one cited case and a later party of another means the first.
        { "See Fourco Glass Co. v. Transmirra Products Corp., 353 U.S. 222 (1957); Transmirra Products Corp. v. Fourco Glass Co., 233 F.2d 885 (2d Cir. 1956). In Fourco, this Court held that the statute governs.", "Fourco", 0, "Fourco Glass Co. v. Transmirra Products Corp., 353 U.S. 222" },
        // The Sentencing Guidelines are cited by section like a code.
        { "The offense level rises with the loss. U.S.S.G. \u00A7 2B1.1(b)(1) (2018). The court applied it. Id.", "Id.", 0, "U.S.S.G. \u00A7 2B1.1" },
        { "See U.S. Sentencing Guidelines Manual \u00A7 4A1.1 (2012).", "U.S. Sentencing Guidelines Manual \u00A7 4A1.1", 0, "U.S.S.G. \u00A7 4A1.1" },
        // Notes of testimony are a record the Id. after them means.
        { "Commonwealth v. Patterson, 91 A.3d 55, 60 (Pa. 2014). The witness said he ran. N.T. at 66. He saw the gun. Id. at 69.", "Id. at 69", 0, "N.T." },
        { "Commonwealth v. Patterson, 91 A.3d 55, 60 (Pa. 2014). The witness said he ran. Notes of Testimony at 66. He saw the gun. Id. at 69.", "Id. at 69", 0, "N.T." },
        // Citations inside a quotation that closes right before the Id. belong to the quoted court.
        { "Microsoft Corp. v. United States, 253 F.3d 34, 103 (D.C. Cir. 2001). The court recited that a decree must \u201Cterminate the illegal monopoly, [United Shoe, 391 U.S. at 250].\u201D Id. (citations in original).", "Id.", 0, "Microsoft Corp. v. United States, 253 F.3d 34" },
        { "Graham v. Connor, 490 U.S. 386, 396 (1989). The Court explained that \"a claim under 42 U.S.C. \u00A7 1983 is analyzed under the Fourth Amendment.\" Id.", "Id.", 0, "Graham v. Connor, 490 U.S. 386" },
        { "The statute reads: \u201Cno claim lies under 42 U.S.C. \u00A7 1983.\u201D Id.", "Id.", 0, "—" },
        // A citation after the quotation closed is the author's own.
        { "Graham v. Connor, 490 U.S. 386 (1989). The rule is \u201Cclear.\u201D Tennessee v. Garner, 471 U.S. 1, 11 (1985). Id.", "Id.", 0, "Tennessee v. Garner, 471 U.S. 1" },
        { "Graham v. Connor, 490 U.S. 386 (1989) (\"reasonableness\"). Id. at 397.", "Id. at 397", 0, "Graham v. Connor, 490 U.S. 386" },
        // A rule of no named set in running text is not what the Id. after it means.
        { "See Kamaka v. Goodsill, 117 Haw. 92, 104 (2008). Under HRCP Rule 56(c), the court must grant the motion when no fact is in dispute. Id.", "Id.", 0, "Kamaka v. Goodsill, 117 Haw. 92" },
        { "Celotex Corp. v. Catrett, 477 U.S. 317 (1986). See Rule 56(c). Id.", "Id.", 0, "56(c)" },
        // "Yaldo in Marketos v. …": the lowercase "in" ends the first party's name.
        { "This Court followed Arco's rejection of Yaldo in Marketos v. American Employers Ins. Co., 240 Mich. App. 684 (2000). In Marketos, we agreed.", "Marketos", 0, "Marketos v. American Employers Ins. Co., 240 Mich. App. 684" },
        { "In State in Interest of M.L. v. Doe, 100 N.J. 1 (1985), the court ruled.", "100 N.J. 1", 0, "State in Interest of M.L. v. Doe" },
        // A dictionary's title is not a reference to a case of the same name.
        { "Webster v. Reproductive Health Servs., 492 U.S. 490 (1989). See Random House Webster's Unabridged Dictionary 1344 (2d ed. 1998).", "Webster", 0, "(absent)" },
        { "Webster v. Reproductive Health Servs., 492 U.S. 490 (1989). WEBSTER'S THIRD NEW INTERNATIONAL DICTIONARY 2529 (1993).", "WEBSTER", 0, "(absent)" },
        { "Webster v. Reproductive Health Servs., 492 U.S. 490 (1989). Webster's holding is narrow.", "Webster", 0, "Webster v. Reproductive Health Servs., 492 U.S. 490" },
        // A volume at a line's end, its reporter on the next text line of a text set in columns.
        { "See United States v. Tardiff, 969\n                                                                      \n\nF.2d 1283, 1289 (1st Cir. 1992). Id.", "Id.", 0, "United States v. Tardiff, 969" },
        // A pin into a provision ("subd.", "cmt.", "§", or its Thai-code-page stand-in "ง") or an exhibit cannot
        // point into a case reported by pages.
        { "See Landau v. Superior Court, 81 Cal. App. 4th 191, 218 (1998). The Board must protect the public. (Bus. & Prof. Code, \u00A7 2229, subd. (c).) It must also aid rehabilitation. (Id. subd. (b).)", "Id.", 0, "Cal. Bus. & Prof. Code \u00A7 2229" },
        { "See United States v. Culver, 598 F.3d 740, 752 (11th Cir. 2010). A leader earns four levels under U.S.S.G. \u00A7 3B1.1(a). Control over others counts. Id. cmt. n.4.", "Id.", 0, "U.S.S.G. \u00A7 3B1.1" },
        { "See Bowen v. Massachusetts, 487 U.S. 879, 891 (1988). Relief lies under 5 U.S.C. \u00A7 702. A court may act. Id. subd. (b).", "Id.", 0, "5 U.S.C. \u00A7 702" },
        { "See Nichols v. Moore, 396 F. Supp. 2d 783, 790 (E.D. Mich. 2005). He said he was arrested. (Id. Ex. J).", "Id.", 0, "—" },
        { "United States v. Microsoft Corp., 56 F.3d 1448, 1461 (D.C. Cir. 1995). The decree defines the term. Id. \u0E07 VI.K.", "Id.", 0, "—" },
        { "Graham v. Connor, 490 U.S. 386, 396 (1989). Id. at 397 n. 12.", "Id. at 397 n. 12", 0, "Graham v. Connor, 490 U.S. 386" },
        // A document the opinion named by capitals, cited by section or page, is what the Id. after it means.
        { "United States v. Microsoft Corp., 253 F.3d 34, 67 (D.C. Cir. 2001). The decree lists the icons. SRPFJ \u00A7 III.C.1. The list may be limited. Id. \u00A7 III.C.2.", "Id.", 0, "—" },
        { "United States v. Microsoft Corp., 253 F.3d 34, 67 (D.C. Cir. 2001). The decree lists the icons. SRPFJ \u0E07 III.C.1. The list may be limited. Id.", "Id.", 0, "—" },
        { "United States v. United Shoe Mach. Corp., 391 U.S. 244, 250 (1968). The plaintiffs filed a statement. CIS at 35. It set out the remedy. Id.", "Id.", 0, "—" },
        { "United States v. United Shoe Mach. Corp., 391 U.S. 244, 250 (1968). The FBI arrived at 10 p.m. Id. at 251.", "Id. at 251", 0, "United States v. United Shoe" },
        { "Monroe v. Pape, 365 U.S. 167, 180 (1961). The agents of the FBI at 10:30 searched the home. Id. at 169.", "Id. at 169", 0, "Monroe v. Pape" },
        { "Abron v. State, 591 N.E.2d 634, 636 (Ind. Ct. App. 1992). The court may act pursuant to IND. CODE \u00A7 35-38-1-15 in cases of fundamental error. Id. at 638.", "Id. at 638", 0, "Abron v. State, 591 N.E.2d 634" },
        { "Pennhurst State Sch. & Hosp. v. Halderman, 451 U.S. 1, 17 (1981). Title III \u00A7 2 says nothing of it. Id.", "Id.", 0, "Pennhurst State Sch." },
        // A document the opinion named by capitals it defined, cited by section or page, is an authority of its own.
        { "United States v. Microsoft Corp., 253 F.3d 34, 67 (D.C. Cir. 2001). The parties filed a Second Revised Proposed Final Judgment (\"SRPFJ\"). The decree lists the icons. SRPFJ \u00A7 III.C.1. The list may be limited. Id. \u00A7 III.C.2.", "Id.", 0, "SRPFJ" },
        { "United States v. Microsoft Corp., 253 F.3d 34, 67 (D.C. Cir. 2001). The parties filed a Second Revised Proposed Final Judgment (\"SRPFJ\"). The decree lists the icons. SRPFJ \u0E07 III.C.1. The list may be limited. Id.", "Id.", 0, "SRPFJ" },
        { "United States v. United Shoe Mach. Corp., 391 U.S. 244, 250 (1968). The government filed a Competitive Impact Statement (hereinafter \u201CCIS\u201D). It set out the remedy. CIS at 35. It was narrow. Id. at 36.", "Id. at 36", 0, "CIS" },
        { "United States v. United Shoe Mach. Corp., 391 U.S. 244, 250 (1968). The Federal Bureau of Investigation (\"FBI\") arrived. The FBI at 10 p.m. left. Id. at 251.", "Id. at 251", 0, "United States v. United Shoe" },
        // "Name, 439 Pa., supra": the case name stands before the volume.
        { "Commonwealth v. Ewing, 439 Pa. 88, 264 A.2d 661 (1970). Malice may be inferred. Commonwealth v. Ewing, 439 Pa., supra.", "Commonwealth v. Ewing, 439 Pa., supra", 0, "Commonwealth v. Ewing, 439 Pa. 88" },
        // A committee report is a source of its own.
        { "See Lee v. Macon Bd. of Educ., 490 F.2d 458, 460 (5th Cir. 1974). Congress saw the cost. S. Rep. No. 94-168, at 9 (1975). Others would gain independence. Id.", "Id.", 0, "—" },
        // The first Id. of the notes set after the text does not reach back into the text.
        { "The clause is enforced. 28 U.S.C. \u00A7 1404(a).\nNOTES\n[1] The Court implied the test applies to domestic cases. Id.", "Id.", 0, "—" },
        { "The clause is enforced.\nNOTES\n[1] See 28 U.S.C. \u00A7 1404(a). Id.", "Id.", 0, "28 U.S.C. \u00A7 1404" },
        { "In re Jerald C., 36 Cal. 3d 1, 10 (1984).\nNOTES\n[1] The court apportioned the costs. (Id., 36 Cal.3d at p. 10.)", "Id.", 0, "In re Jerald C., 36 Cal. 3d 1" },
        // An Id. in brackets right after a quotation: the citations inside the quotation are the quoted court's.
        { "In re Jerald C. (1984) 36 Cal.3d 1, 6. The court explained: \"the purposes of confinement include 'the protection of society.' (Dept. of Mental Hygiene v. Kirchner (1964) 60 Cal.2d 716, 720 [36 Cal.Rptr. 488].)\" (Ibid.) \"The benefits are for society.\" (Id., at p. 7.)", "Id.", 0, "In re Jerald C." },
        { "In re Jerald C. (1984) 36 Cal.3d 1, 6. The court explained: \"the purposes of confinement include 'the protection of society.' (Dept. of Mental Hygiene v. Kirchner (1964) 60 Cal.2d 716, 720 [36 Cal.Rptr. 488].)\" (Ibid.)", "Ibid.", 0, "In re Jerald C." },
        // A paper of the case or of the agency below, or a dictionary, cited by page: the Id. after it means that paper.
        { "See Kentucky v. King, 563 U.S. 452, 460 (2011). The ALJ issued a long decision. See ALJ Decision, at 52. It ordered the plant restored. Id. at 54-56.", "Id. at 54-56", 0, "—" },
        { "See Kentucky v. King, 563 U.S. 452, 460 (2011). Commerce found the tires excluded. Final Scope Ruling at 7. It relied on the yearbook. Id.", "Id.", 0, "—" },
        { "Meeks v. West, 12 Vet. App. 352, 354 (1999). To furnish is to supply. WEBSTER'S NEW WORLD DICTIONARY 1345 (3d ed. 1988). It means to provide what is needed. Id. at 547.", "Id. at 547", 0, "—" },
        { "Meeks v. West, 12 Vet. App. 352, 354 (1999). The Order at 5 p.m. was served. Id. at 355.", "Id. at 355", 0, "Meeks v. West" },
        { "Grumman asked for a hearing. Joint Appendix at 72. It assumed review was de novo. Id.", "Id.", 0, "J.A." },
        // A footnote printed at a page's foot, set into the text, is not what the Id. after the page break means.
        { "We have held as much. Volkswagenwerk AG v. Schlunk, 486 U. S. 694, 701 (1988). A draft was criticized because it reached papers \u201Csent\n\u2014\u2014\u2014\u2014\u2014\u2014\n1 See Black\u2019s Law Dictionary 1568 (10th ed. 2014) (defining \u201Csend\u201D).\nCite as: 581 U. S. ____ (2017)            5\nabroad.\u201D Ibid.", "Ibid.", 0, "Volkswagenwerk AG v. Schlunk" },
        // After a string citation, Id. stays ambiguous even where the page could lie in only one of the authorities.
        { "See Ethyl Corp. v. Browner, 989 F.2d 522, 524 (D.C. Cir. 1993); see also Citizens Against Pellissippi Parkway v. Mineta, 375 F.3d 412, 416 (6th Cir. 2004). The court may remand. See id. at 417.", "id. at 417", 0, "—" },
        { "See Ethyl Corp. v. Browner, 989 F.2d 522, 524 (D.C. Cir. 1993); see also Citizens Against Pellissippi Parkway v. Mineta, 375 F.3d 412, 416 (6th Cir. 2004). The court may remand. See id. at 525.", "id. at 525", 0, "—" },
        { "See Miller v. Johnson, 515 U.S. 900, 915 (1995); Alabama Legislative Black Caucus v. Alabama, 575 U.S. ___ (2015). The laws must be read. Id., at 921.", "Id., at 921", 0, "—" },
        // An Id. followed straight by a parallel short cite means that case.
        { "Green v. Bock Laundry Machine Co., 490 U.S. 504, 109 S.Ct. 1981 (1989). Rule 609(a)(1) of the Federal Rules of Evidence governs. See id. 109 S.Ct. at 1994.", "id.", 0, "Green v. Bock Laundry Machine Co." },
        // Abbreviated words of a company's name do not end the name.
        { "See Baughman v. State Farm Mut. Auto. Ins. Co., 262 Kan. 580 (1997). The insurer paid. Later, in Penn v. Nationwide Ins. Co., 100 F.3d 1 (1999), it did not. Baughman v. State Farm Mut. Auto. Ins. Co., supra, at 590.", "Baughman v. State Farm Mut. Auto. Ins. Co., supra, at 590", 0, "Baughman v. State Farm Mut. Auto. Ins. Co., 262 Kan. 580" },
        { "See United States v. United Shoe Mach. Corp., 391 U.S. 244, 250 (1968). The decree failed. Id. at 251.", "Id. at 251", 0, "United States v. United Shoe Mach. Corp., 391 U.S. 244" },
        // A party's response with its name spelled out is a paper of the record.
        { "Defendant argues the statements are true. (Defendant's Motion, at 4). Plaintiff disagrees. (Plaintiff's Response, at 13). He met the standard. (Id. at 15-16).", "Id. at 15-16", 0, "Resp." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ShortFormsResolve(string text, string citationText, int occurrence, string expected)
        => ResolutionRows.Check(text, citationText, occurrence, expected, unresolvedNeedsReason: false);

    public static TheoryData<string, string[]> RuleLists() => new()
    {
        { "See generally Fed. R. Evid. 704, 705; Wright & Gold, Federal Practice.", ["Fed. R. Evid. 704", "Fed. R. Evid. 705"] },
        { "Dismissal under Fed. R. Civ. P. 12(b)(6), 56 (summary judgment) was sought.", ["Fed. R. Civ. P. 12(b)(6)", "Fed. R. Civ. P. 56"] },
        { "Fed. R. Evid. 401, 402, and 403 govern.", ["Fed. R. Evid. 401", "Fed. R. Evid. 402"] },
        // never a volume, a year or a code title after the comma
        { "Under Fed. R. Civ. P. 56, 477 U.S. 317 controls.", ["Fed. R. Civ. P. 56"] },
        { "Fed. R. Civ. P. 56, 1993 amendments aside, applies.", ["Fed. R. Civ. P. 56"] },
        { "Fed. R. App. P. 4(a), 28 U.S.C. \u00A7 2107.", ["Fed. R. App. P. 4(a)"] },
    };

    [Theory]
    [MemberData(nameof(RuleLists))]
    public void RulesListedAfterOneSetAreEachACitation(string text, string[] expected)
    {
        var rules = CitationExtractor.Default.Extract(text).Where(c => c.Kind == CitationKind.Rule)
            .Select(c => c.Code + " " + c.Section).ToArray();
        Assert.Equal(expected, rules);
    }

    [Theory]
    [InlineData("The power is given by U. S. Const., Art. II, \u00A72, to the President.", "Art. II, \u00A72")]
    [InlineData("See U.S. Const. art. II, \u00A7 2, cl. 2.", "art. II, \u00A7 2, cl. 2")]
    public void SpacedUnitedStatesConstitutionIsAConstitutionCitation(string text, string section)
    {
        var cites = CitationExtractor.Default.Extract(text);
        var c = Assert.Single(cites);
        Assert.Equal(CitationKind.Constitution, c.Kind);
        Assert.Equal("U.S. Const.", c.Code);
        Assert.Equal(section, c.Section);
    }

    [Fact]
    public void LongRunsOfRuleListsAndQuotedIdsStayCheap()
    {
        var text = string.Concat(Enumerable.Repeat("Fed. R. Evid. 704, 705, 706, 707, 708, 709, 710, 711, 712, 713; \"a quote\" Id. ", 20000));
        var doc = CitationResolver.Default.Resolve(text);
        Assert.True(doc.Citations.Count > 20000);
        var quotes = string.Concat(Enumerable.Repeat("\u201CSmith v. Jones, 1 U.S. 1.\u201D Id. ", 20000));
        Assert.NotEmpty(CitationResolver.Default.Resolve(quotes).Citations);
    }

    [Fact]
    public void LongRunsOfPapersByPageAndPageBreaksStayCheap()
    {
        var papers = "Smith v. Jones, 1 U.S. 1 (1801). " + string.Concat(Enumerable.Repeat("Final Ruling at 7, Brief at 3, DICTIONARY 12 (", 20000)) + " Id.";
        Assert.NotEmpty(CitationResolver.Default.Resolve(papers).Citations);
        var breaks = string.Concat(Enumerable.Repeat("Order at 5. —————— Cite as: (“Id.”) Id. ", 20000));
        Assert.NotEmpty(CitationResolver.Default.Resolve(breaks).Citations);
        foreach (var bad in new[] { "Order at", "Order at 5", "Dictionary", "DICTIONARY 1", "(Ibid.)", "\"(Ibid.)", "Ruling, at 1 Id." })
            _ = CitationResolver.Default.Resolve(bad);
    }
}
