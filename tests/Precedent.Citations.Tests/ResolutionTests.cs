using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>
/// Resolution as a table: in each text, the citation whose text is given must refer to the authority whose label
/// starts with the expected text, or stay unresolved ("—").
/// </summary>
public class ResolutionTests
{
    public static TheoryData<string, string, int, string> Cases() => new()
    {
        // text, citation text, which occurrence (0-based), expected authority label prefix or "—"
        { "Graham v. Connor, 490 U.S. 386, 396 (1989). Id. at 397.", "Id. at 397", 0, "Graham v. Connor, 490 U.S. 386 (1989)" },
        { "Graham v. Connor, 490 U.S. 386 (1989). Id. Id. at 399.", "Id. at 399", 0, "Graham v. Connor, 490 U.S. 386" },
        // Id. skips a cite nested in the previous citation's parenthetical.
        { "Saucier v. Katz, 533 U.S. 194, 201 (2001) (quoting Anderson v. Creighton, 483 U.S. 635, 640 (1987)). Id. at 202.", "Id. at 202", 0, "Saucier v. Katz, 533 U.S. 194" },
        // Inside the parenthetical, Id. refers to the nested cite before it.
        { "Saucier v. Katz, 533 U.S. 194, 201 (2001) (quoting Anderson v. Creighton, 483 U.S. 635, 640 (1987); id. at 641).", "id. at 641", 0, "Anderson v. Creighton, 483 U.S. 635" },
        // After a string cite, Id. is ambiguous.
        { "See Brown v. Board of Education, 347 U.S. 483 (1954); Bolling v. Sharpe, 347 U.S. 497 (1954). Id. at 500.", "Id. at 500", 0, "—" },
        { "See Graham v. Connor, 490 U.S. 386 (1989); Tennessee v. Garner, 471 U.S. 1 (1985). Id. at 8.", "Id. at 8", 0, "—" },
        // Record cites.
        { "The officer fired twice. Aplt. App. at 151. He then stopped. Id. at 153.", "Id. at 153", 0, "Aplt. App." },
        // Short cites by volume and reporter, and by name.
        { "Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995). Later, Albright, 51 F.3d at 1535.", "51 F.3d at 1535", 0, "Albright v. Rodriguez, 51 F.3d 1531" },
        { "Crawford-El v. Britton, 523 U.S. 574, 589 (1998). See 523 U.S. at 590.", "523 U.S. at 590", 0, "Crawford-El v. Britton, 523 U.S. 574" },
        { "Bush v. Gore, 531 U.S. 98 (2000). As the Court said, 531 U.S., at 99.", "531 U.S., at 99", 0, "Bush v. Gore, 531 U.S. 98" },
        // Two cases in one volume: the pin picks the right one.
        { "Smith v. Jones, 100 F.3d 100 (1st Cir. 1996); Brown v. White, 100 F.3d 900 (2d Cir. 1996). 100 F.3d at 905.", "100 F.3d at 905", 0, "Brown v. White, 100 F.3d 900" },
        { "Smith v. Jones, 100 F.3d 100 (1st Cir. 1996); Brown v. White, 100 F.3d 900 (2d Cir. 1996). 100 F.3d at 105.", "100 F.3d at 105", 0, "Smith v. Jones, 100 F.3d 100" },
        // Unknown volume.
        { "See 51 F.3d at 1534.", "51 F.3d at 1534", 0, "—" },
        // Hereinafter alias beats a same-named case.
        { "Wilson v. Meeks, 52 F.3d 1547, 1552 (10th Cir. 1995) [hereinafter Wilson I]; Wilson v. Layne, 526 U.S. 603 (1999). Wilson I, 52 F.3d at 1553.", "52 F.3d at 1553", 0, "Wilson v. Meeks, 52 F.3d 1547" },
        // Supra by name; a supra whose name matches nothing stays unresolved.
        { "Harlow v. Fitzgerald, 457 U.S. 800, 818 (1982). Then Harlow, supra, at 819.", "Harlow, supra, at 819", 0, "Harlow v. Fitzgerald, 457 U.S. 800" },
        { "Harlow v. Fitzgerald, 457 U.S. 800 (1982). Nobody, supra, at 5.", "Nobody, supra, at 5", 0, "—" },
        // Reference by name, never by a common word.
        { "Albright v. Rodriguez, 51 F.3d 1531 (10th Cir. 1995). In Albright, we held otherwise.", "Albright", 0, "Albright v. Rodriguez, 51 F.3d 1531" },
        // Parallel citations share one authority.
        { "Anderson v. Creighton, 483 U.S. 635, 107 S. Ct. 3034, 97 L. Ed. 2d 523 (1987).", "107 S. Ct. 3034", 0, "Anderson v. Creighton, 483 U.S. 635" },
        // Statutory short forms.
        { "Under 42 U.S.C. § 1983, a person may sue. A § 1983 claim needs a state actor.", "§ 1983", 0, "42 U.S.C. § 1983" },
        { "A bare § 5 claim.", "§ 5", 0, "—" },
        // A section or paragraph pin cannot point into a case reported by pages.
        { "Graham v. Connor, 490 U.S. 386, 396 (1989). The statute says more. Id. § 4(b).", "Id.", 0, "—" },
        { "Graham v. Connor, 490 U.S. 386, 396 (1989). The complaint says more. Id. ¶ 14.", "Id. ¶ 14", 0, "—" },
        { "Dietz v. Kautzman, 2004 ND 119, ¶ 12, 681 N.W.2d 437. The court agreed. Id. ¶ 14.", "Id. ¶ 14", 0, "Dietz v. Kautzman, 2004 ND 119" },
        // "See id. ¶ 30 Saunders …": the number of the next paragraph of the opinion, not a pin.
        { "State v. Saunders, 1999 UT 59, 992 P.2d 951. See id.\n¶ 30 Saunders involved a prior crime.", "id.", 0, "State v. Saunders, 1999 UT 59" },
        // An Id. after a source the parser does not read means that source, not the case cited before it.
        { "Tennessee v. Garner, 471 U.S. 1, 11 (1985). The officer was six feet away (Shooting Report, p. 2). Two others ran to the street (Ibid.).", "Ibid.", 0, "—" },
        { "Tennessee v. Garner, 471 U.S. 1, 11 (1985). The officer fired once. Smith Decl., Ex. 4. He then stopped. Id.", "Id.", 0, "Ex." },
        { "Tennessee v. Garner, 471 U.S. 1, 11 (1985). The officer fired once. Id. at 12.", "Id. at 12", 0, "Tennessee v. Garner, 471 U.S. 1" },
        // Old reporter repetition ("4 id. 727" is 4 Barb. 727) and a repeated case name with its own citation are not Id.
        { "Clark v. Montgomery, 23 Barb. 464; Burghart v. Hall, 4 id. 727.", "id.", 0, "(absent)" },
        { "Smith v. Illinois, 281 U.S. 179 (1930); Id., 289 U.S. 395 (1933).", "Id.", 0, "(absent)" },
        // References: never a person of the text, the second party of another case, or a treatise author.
        { "Vannoy v. Uniroyal, 111 Idaho 536 (1986). The verdict awarded damages to Nadine Vannoy for her loss.", "Vannoy", 0, "(absent)" },
        { "Henkel v. Doe, 46 F.2d 84 (S.D.N.Y. 1912). The Court in Wright v. Henkel drew a distinction.", "Henkel", 0, "(absent)" },
        { "State v. Amos, 343 So. 2d 166 (La. 1977). As we held in State v. Amos, the statute stands.", "Amos", 0, "State v. Amos, 343 So. 2d 166" },
        { "Wright v. Illinois & Miss. Tel. Co., 20 Iowa 195 (1866). See Evidence § 6071 (Wright & Gold).", "Wright", 0, "(absent)" },
        { "Cooter & Gell v. Hartmarx Corp., 496 U.S. 384 (1990). As we noted in Cooter & Gell, review is deferential.", "Cooter", 0, "Cooter & Gell v. Hartmarx Corp., 496 U.S. 384" },
        { "THE STATE, Petitioner, v. Ricky L. HATCHER, Respondent.\nWe review State v. Hatcher, 384 S.C. 372 (Ct. App. 2009). The buyer went to Hatcher's residence.", "Hatcher", 0, "(absent)" },
        // "Id., 115 Haw. at 342": the short cite after the Id. names its case.
        { "Sierra Club v. Dep't of Transp., 115 Haw. 299, 342 (2007). Akau v. Olohana Corp., 65 Haw. 383 (1982). The requirement applies. Id., 115 Haw. at 342.", "Id.", 0, "Sierra Club v. Dep't of Transp., 115 Haw. 299" },
        // "Ante, at 14" and "Pl. Mem. at 42" are sources the parsers do not read: an Id. after them means them.
        { "Miller v. Johnson, 515 U.S. 900 (1995). The majority relies on one delegate. Ante, at 14. He chose 55%. Ibid.", "Ibid.", 0, "—" },
        { "Winter v. NRDC, 555 U.S. 7, 22 (2008). The ranchers say sales will fall. Pl. Mem. at 42. The loss is real. Id.", "Id.", 0, "Mem." },
        { "Winter v. NRDC, 555 U.S. 7, 22 (2008). The ranchers say sales will fall. EWA Mem. at 42. The loss is real. Id.", "Id.", 0, "Mem." },
        // "66 Fed. Reg. at 36961" is a citation an Id. can mean.
        { "Chevron U.S.A. Inc. v. NRDC, 467 U.S. 837 (1984). The agency explained the rule. 66 Fed. Reg. at 36961. Id.", "Id.", 0, "66 Fed. Reg." },
        // A paragraph pin passes over a statute named in the text to the opinion cited before it.
        { "Cent. Farms v. Parish, 2006 WI App 213, ¶ 23, 296 Wis. 2d 779. We examined Wis. Stat. § 100.01 (2000). See id., ¶¶ 24-27.", "id., ¶¶ 24-27", 0, "Cent. Farms v. Parish" },
        { "Gouveia v. Doe, 467 U.S. 180 (1984). The defendant Gouveia was held for months; in Gouveia the Court ruled.", "Gouveia", 0, "Gouveia v. Doe, 467 U.S. 180" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ShortFormsResolve(string text, string citationText, int occurrence, string expected)
        => ResolutionRows.Check(text, citationText, occurrence, expected, unresolvedNeedsReason: true);

    [Fact]
    public void IdNeverReachesFromTheDissentIntoTheMajority()
    {
        var text = "We affirm. Graham v. Connor, 490 U.S. 386 (1989).\n\nSMITH, Circuit Judge, dissenting.\n\nId. at 396 does not say so.";
        var doc = CitationResolver.Default.Resolve(text);
        var id = doc.Citations.Single(c => c.Kind == CitationKind.Id);
        Assert.Null(doc.AntecedentOf(id));
        Assert.Contains("dissent", doc.UnresolvedReason(id));
        Assert.Equal("dissent", doc.PartOf(id).Kind);
        Assert.Equal("Smith", doc.PartOf(id).Author);
    }

    [Fact]
    public void AuthoritiesCountParallelGroupsOnceAndListEveryForm()
    {
        var text = "Anderson v. Creighton, 483 U.S. 635, 639, 107 S. Ct. 3034, 97 L. Ed. 2d 523 (1987). Id. at 640. "
                   + "Anderson, 483 U.S. at 641. In Anderson, the Court held so.";
        var doc = CitationResolver.Default.Resolve(text);
        var anderson = Assert.Single(doc.Authorities, a => a.Label.StartsWith("Anderson v. Creighton", StringComparison.Ordinal));
        Assert.Equal("Anderson v. Creighton, 483 U.S. 635 (1987)", anderson.Label);
        Assert.Equal(6, anderson.Citations.Count); // three parallel cites, Id., short cite, reference
        Assert.Equal(4, anderson.CountsByPart["majority"]);
        Assert.Equal("Anderson", anderson.ShortName);
        foreach (var c in doc.CitationsOf(anderson))
            Assert.Same(anderson, doc.AuthorityOf(c));
    }
}
