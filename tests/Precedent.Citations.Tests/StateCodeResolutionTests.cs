using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>
/// Codes named without their state ("Penal Code § 22.02", "Fam. Code § 161.001"): the state comes from the document:
/// the nearest earlier citation of a state's law, else the state most of its case citations come from, else none.
/// </summary>
public class StateCodeResolutionTests
{
    public static TheoryData<string, string, string, string> Cases() => new()
    {
        // text, citation text, expected code (CodeOf), expected jurisdiction ("—" for unknown)

        // The nearest earlier explicit state code names the state.
        { "Appellant was charged under Tex. Penal Code Ann. § 22.02(a)(2). Assault is defined by Penal Code § 22.01.",
            "Penal Code § 22.01", "Tex. Penal Code Ann.", "tx" },
        { "See Tex. Code Crim. Proc. Ann. art. 38.23. The writ lies under Code Crim. Proc. art. 11.07.",
            "Code Crim. Proc. art. 11.07", "Tex. Code Crim. Proc. Ann.", "tx" },
        { "Tex. R. App. P. 47.1 requires a written opinion. The offense is defined in Pen. Code § 19.02(b).",
            "Pen. Code § 19.02(b)", "Tex. Penal Code Ann.", "tx" },
        { "Murder is defined by Cal. Penal Code § 187. Manslaughter is in Pen. Code, § 192.",
            "Pen. Code, § 192", "Cal. Penal Code", "ca" },
        // The nearest one wins when two states are named.
        { "Compare Cal. Fam. Code § 3011 with Tex. Fam. Code Ann. § 153.002. Under Fam. Code § 153.131, the presumption holds.",
            "Fam. Code § 153.131", "Tex. Fam. Code Ann.", "tx" },
        { "Compare Tex. Fam. Code Ann. § 153.002 with Cal. Fam. Code § 3011. Under Fam. Code § 3020, the policy differs.",
            "Fam. Code § 3020", "Cal. Fam. Code", "ca" },
        // A state that has no code of that name is passed over for one that has.
        { "See Tex. Gov't Code Ann. § 311.021; N.Y. Penal Law § 125.25. Gov't Code § 311.023 lists aids to construction.",
            "Gov't Code § 311.023", "Tex. Gov't Code Ann.", "tx" },
        // No explicit code: the state of most case citations.
        { "Hooper v. State, 214 S.W.3d 9, 13 (Tex. Crim. App. 2007); Brooks v. State, 323 S.W.3d 893 (Tex. Crim. App. 2010); "
            + "People v. Anderson, 51 Cal. 4th 989 (2011). The jury found him guilty under Penal Code § 29.03.",
            "Penal Code § 29.03", "Tex. Penal Code Ann.", "tx" },
        { "People v. Chun, 45 Cal. 4th 1172 (2009); People v. Sarun Chun, 203 P.3d 425 (Cal. 2009); People v. Lee, 20 Cal. 4th 47 (1999). "
            + "Second degree murder under Penal Code section 189 requires malice.",
            "Penal Code section 189", "Cal. Penal Code", "ca" },
        { "Ex parte Moss, 446 S.W.3d 786 (Tex. Crim. App. 2014). Relief is sought under Code of Criminal Procedure article 11.07.",
            "Code of Criminal Procedure article 11.07", "Tex. Code Crim. Proc. Ann.", "tx" },
        // Nothing in the document tells: the state stays unknown, never California by default.
        { "The statute, Penal Code § 187, defines murder.", "Penal Code § 187", "Penal Code", "—" },
        { "Graham v. Connor, 490 U.S. 386 (1989). Under Fam. Code § 7611, a presumed parent may sue.", "Fam. Code § 7611", "Fam. Code", "—" },
        // A tie between two states tells nothing.
        { "Hooper v. State, 214 S.W.3d 9 (Tex. Crim. App. 2007); People v. Lee, 20 Cal. 4th 47 (1999). See Penal Code § 12.",
            "Penal Code § 12", "Penal Code", "—" },
        // A dominant state without a code of that name tells nothing.
        { "People v. Suber, 19 N.Y.3d 247 (2012); People v. Ramos, 26 N.Y.3d 1 (2015). Cf. Penal Code § 187.",
            "Penal Code § 187", "Penal Code", "—" },
        // Spellings with the state in them.
        { "See Tex. Pen.Code Ann. § 22.02(a) (Vernon 2003).", "Tex. Pen.Code Ann. § 22.02(a)", "Tex. Penal Code Ann.", "tx" },
        { "Texas Penal Code § 8.04 governs intoxication.", "Texas Penal Code § 8.04", "Tex. Penal Code Ann.", "tx" },
        { "California Penal Code section 1170 sets the term.", "California Penal Code section 1170", "Cal. Penal Code", "ca" },
        { "The waiver in Civ. Prac. & Rem. Code § 101.021 is limited.", "Civ. Prac. & Rem. Code § 101.021", "Tex. Civ. Prac. & Rem. Code Ann.", "tx" },
        { "The claim arose under Tex. Rev. Civ. Stat. Ann. art. 4590i.", "Tex. Rev. Civ. Stat. Ann. art. 4590i", "Tex. Rev. Civ. Stat. Ann.", "tx" },
        { "He was convicted under N.Y. Penal Law § 125.25(1).", "N.Y. Penal Law § 125.25(1)", "N.Y. Penal Law", "ny" },
        { "Defendant was sentenced under Penal Law § 70.02.", "Penal Law § 70.02", "N.Y. Penal Law", "ny" },
        { "Fla. Stat. § 776.013 (2012) was amended.", "Fla. Stat. § 776.013", "Fla. Stat.", "fl" },
        { "See 720 Ill. Comp. Stat. 5/9-1 (2000).", "720 Ill. Comp. Stat. 5/9-1", "ILCS", "il" },
        { "Under Ohio Rev. Code Ann. § 2929.14, the range is set.", "Ohio Rev. Code Ann. § 2929.14", "Ohio Rev. Code Ann.", "oh" },
        { "See 18 Pa. Cons. Stat. § 2502 (2019).", "18 Pa. Cons. Stat. § 2502", "Pa.C.S.", "pa" },
        { "O.C.G.A. § 16-5-1 defines malice murder.", "O.C.G.A. § 16-5-1", "Ga. Code Ann.", "ga" },
        { "N.C. Gen. Stat. § 15A-1340.14 sets prior record levels.", "N.C. Gen. Stat. § 15A-1340.14", "N.C. Gen. Stat.", "nc" },
        { "Mich. Comp. Laws § 750.317 punishes second-degree murder.", "Mich. Comp. Laws § 750.317", "Mich. Comp. Laws", "mi" },
        // The Model Penal Code belongs to no state.
        { "Tex. Penal Code Ann. § 6.03. Compare Model Penal Code § 2.02(2)(c).", "Model Penal Code § 2.02(2)(c)", "Model Penal Code", "—" },
        // A bare section takes the code in scope, with its state.
        { "Tex. Penal Code Ann. § 22.02. A charge under Penal Code § 22.01 and then § 22.01(a)(1).", "§ 22.01(a)(1)", "Tex. Penal Code Ann.", "tx" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CodeNamedWithoutItsStateTakesTheDocumentsState(string text, string citationText, string code, string jurisdiction)
    {
        var doc = CitationResolver.Default.Resolve(text);
        var cite = doc.Citations.FirstOrDefault(c => c.Text == citationText);
        Assert.True(cite is not null, $"«{citationText}» not found; found: {string.Join(" | ", doc.Citations.Select(c => c.Kind + ":" + c.Text))}");
        Assert.Equal(code, doc.CodeOf(cite));
        Assert.Equal(jurisdiction == "—" ? null : jurisdiction, doc.JurisdictionOf(cite));
    }

    public static TheoryData<string, string, string> Labels() => new()
    {
        // text, citation text, expected authority label
        { "Tex. Penal Code Ann. § 22.02. Then Penal Code § 22.02 again.", "Penal Code § 22.02", "Tex. Penal Code Ann. § 22.02" },
        { "Tex. Code Crim. Proc. Ann. art. 38.23. Then Code Crim. Proc. art. 11.07.", "Code Crim. Proc. art. 11.07", "Tex. Code Crim. Proc. Ann. art. 11.07" },
        { "The statute, Pen. Code § 187, defines murder.", "Pen. Code § 187", "Penal Code § 187" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void AuthorityLabelsNameTheState(string text, string citationText, string label)
    {
        var doc = CitationResolver.Default.Resolve(text);
        var cite = doc.Citations.First(c => c.Text == citationText);
        Assert.Equal(label, doc.AuthorityOf(cite)?.Label);
    }

    [Fact]
    public void TheStateCodeAndTheUnqualifiedNameAreOneAuthority()
    {
        var doc = CitationResolver.Default.Resolve("Tex. Penal Code Ann. § 22.02(a). Aggravated assault, Penal Code § 22.02(b), is a felony.");
        var statutes = doc.Citations.Where(c => c.Kind == CitationKind.Statute).ToList();
        Assert.Equal(2, statutes.Count);
        Assert.Equal(doc.AuthorityOf(statutes[0]), doc.AuthorityOf(statutes[1]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Penal Code")]
    [InlineData("Penal Code §")]
    [InlineData("Pen. Code, § ")]
    [InlineData("Texas Penal Code § (")]
    [InlineData("Code Crim. Proc. art.")]
    [InlineData("Model Penal Code Penal Code Pen. Code §§ , , ,")]
    public void BadInputNeverThrows(string text)
    {
        var doc = CitationResolver.Default.Resolve(text);
        foreach (var c in doc.Citations)
        {
            _ = doc.CodeOf(c);
            _ = doc.JurisdictionOf(c);
        }
    }

    [Fact]
    public void ManyUnqualifiedCodesResolveInOnePass()
    {
        var line = "Hooper v. State, 214 S.W.3d 9 (Tex. Crim. App. 2007). Penal Code § 22.02; Fam. Code § 161.001; § 12.\n";
        var text = string.Concat(Enumerable.Repeat(line, 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var doc = CitationResolver.Default.Resolve(text);
        watch.Stop();
        var last = doc.Citations.Last(c => c.Text == "Fam. Code § 161.001");
        Assert.Equal("Tex. Fam. Code Ann.", doc.CodeOf(last));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }
}
