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
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ShortFormsResolve(string text, string citationText, int occurrence, string expected)
    {
        var doc = CitationResolver.Default.Resolve(text);
        var matching = doc.Citations.Where(c => c.Text == citationText).ToList();
        if (expected == "(absent)")
        {
            Assert.True(matching.Count <= occurrence, $"«{citationText}» should not be a citation here; found {string.Join(" | ", matching.Select(c => c.Kind))}");
            return;
        }
        Assert.True(matching.Count > occurrence, $"«{citationText}» (occurrence {occurrence}) not found; found: {string.Join(" | ", doc.Citations.Select(c => c.Kind + ":" + c.Text))}");
        var cite = matching[occurrence];
        var authority = doc.AuthorityOf(cite);
        if (expected == "—")
        {
            Assert.True(cite.Kind is CitationKind.Case || doc.AntecedentOf(cite) is null, $"expected unresolved, got {authority?.Label}");
            return;
        }
        Assert.NotNull(authority);
        Assert.StartsWith(expected, authority!.Label);
    }

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
}
