using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Precedent.Citations;
using Precedent.Citations.Catalog;

namespace Precedent.Citations.Tests;

/// <summary>Helpers shared by the statute, regulation, rule, constitution and record tables.</summary>
internal static class LawCite
{
    /// <summary>The citations of <paramref name="kind"/> in <paramref name="input"/>; checks every span.</summary>
    public static IReadOnlyList<Citation> OfKind(string input, CitationKind kind)
    {
        var all = CitationExtractor.Default.Extract(input);
        foreach (var c in all)
        {
            Assert.Equal(input[c.Start..c.End], c.Text);
            Assert.InRange(c.FullStart, 0, c.Start);
            Assert.InRange(c.FullEnd, c.End, input.Length);
        }
        return all.Where(c => c.Kind == kind).ToList();
    }

    /// <summary>The one citation of <paramref name="kind"/> whose text is <paramref name="text"/>.</summary>
    public static Citation Find(string input, CitationKind kind, string text)
    {
        var found = OfKind(input, kind);
        var match = found.Where(c => c.Text == text).ToList();
        Assert.True(match.Count == 1,
            $"expected one {kind} \"{text}\" in \"{input}\"; found: {string.Join(" | ", found.Select(c => c.Text))}");
        return match[0];
    }

    public static void AssertFields(Citation c, string? title, string? code, string? section)
    {
        Assert.Equal(title, c.Title);
        Assert.Equal(code, c.Code);
        Assert.Equal(section, c.Section);
    }

    public static string Repeat(string s, int n)
    {
        var sb = new StringBuilder(s.Length * n);
        for (var i = 0; i < n; i++)
            sb.Append(s);
        return sb.ToString();
    }
}

public class StatuteCitationTests
{
    // input sentence → exact citation text, Title, Code, Section
    [Theory]
    // United States Code
    [InlineData("The officers were sued under 42 U.S.C. § 1983 for the search.", "42 U.S.C. § 1983", "42", "U.S.C.", "1983")]
    [InlineData("We have jurisdiction under 28 U.S.C. §§ 1291, 1292(b).", "28 U.S.C. §§ 1291, 1292(b)", "28", "U.S.C.", "1291")]
    [InlineData("Jurisdiction lies under 28 U.S.C. §§ 1291, 1292(b), and 1294 here.", "28 U.S.C. §§ 1291, 1292(b), and 1294", "28", "U.S.C.", "1291")]
    [InlineData("He pleaded guilty to aggravated identity theft, 18 U.S.C. § 1028A(a)(1), last May.", "18 U.S.C. § 1028A(a)(1)", "18", "U.S.C.", "1028A(a)(1)")]
    [InlineData("The President acted under 50 U.S.C. 1701 in declaring the emergency.", "50 U.S.C. 1701", "50", "U.S.C.", "1701")]
    [InlineData("Fees are available under 42 U.S.C.A. § 1988 in such suits.", "42 U.S.C.A. § 1988", "42", "U.S.C.", "1988")]
    [InlineData("See 15 U.S.C.S. § 78j(b) for the antifraud rule.", "15 U.S.C.S. § 78j(b)", "15", "U.S.C.", "78j(b)")]
    [InlineData("Federal-question jurisdiction, 28 U.S.C. § 1331 et seq., was invoked.", "28 U.S.C. § 1331 et seq.", "28", "U.S.C.", "1331")]
    [InlineData("The National Bank Act, 12 U.S.C. § 1 et seq., governs.", "12 U.S.C. § 1 et seq.", "12", "U.S.C.", "1")]
    [InlineData("Title VII, 42 U.S.C. § 2000e-2(a)(1), forbids it.", "42 U.S.C. § 2000e-2(a)(1)", "42", "U.S.C.", "2000e-2(a)(1)")]
    [InlineData("A firearm count under 18 U.S.C. § 924(c)(1)(A)(ii) carries a minimum.", "18 U.S.C. § 924(c)(1)(A)(ii)", "18", "U.S.C.", "924(c)(1)(A)(ii)")]
    [InlineData("RICO, 18 U.S.C. §§ 1961–1968, reaches the enterprise.", "18 U.S.C. §§ 1961–1968", "18", "U.S.C.", "1961–1968")]
    [InlineData("The amount is set by 42 U.S.C. §1983 without a space.", "42 U.S.C. §1983", "42", "U.S.C.", "1983")]
    [InlineData("FOIA, 5 U.S. Code § 552, applies to agencies.", "5 U.S. Code § 552", "5", "U.S.C.", "552")]
    [InlineData("The exemption in 26 U.S.C. § 501(c)(3) was lost.", "26 U.S.C. § 501(c)(3)", "26", "U.S.C.", "501(c)(3)")]
    // Public laws and the Statutes at Large
    [InlineData("Congress passed Pub. L. No. 104-134, 110 Stat. 1321 (1996), that spring.", "Pub. L. No. 104-134", null, "Pub. L.", "104-134")]
    [InlineData("Congress passed Pub. L. No. 104-134, 110 Stat. 1321 (1996), that spring.", "110 Stat. 1321", "110", "Stat.", "1321")]
    [InlineData("The act appears at Public Law 111-148 as enacted.", "Public Law 111-148", null, "Pub. L.", "111-148")]
    // Pennsylvania and Illinois (titled)
    [InlineData("Immunity is waived only as 42 Pa. C.S. § 8541 allows.", "42 Pa. C.S. § 8541", "42", "Pa.C.S.", "8541")]
    [InlineData("Immunity is waived only as 42 Pa.C.S. § 8541 allows.", "42 Pa.C.S. § 8541", "42", "Pa.C.S.", "8541")]
    [InlineData("The Tort Claims Act, 42 Pa. Cons. Stat. § 8542(b), lists exceptions.", "42 Pa. Cons. Stat. § 8542(b)", "42", "Pa.C.S.", "8542(b)")]
    [InlineData("The defendant moved under 735 ILCS 5/2-619 to dismiss.", "735 ILCS 5/2-619", "735", "ILCS", "5/2-619")]
    [InlineData("The defendant moved under 735 Ill. Comp. Stat. 5/2-619(a)(9) to dismiss.", "735 Ill. Comp. Stat. 5/2-619(a)(9)", "735", "ILCS", "5/2-619(a)(9)")]
    [InlineData("Delaware's statute, 11 Del. C. § 1447, was charged.", "11 Del. C. § 1447", "11", "Del. Code Ann.", "1447")]
    // California
    [InlineData("She filed an anti-SLAPP motion under Cal. Civ. Proc. Code § 425.16 promptly.", "Cal. Civ. Proc. Code § 425.16", null, "Cal. Civ. Proc. Code", "425.16")]
    [InlineData("Murder is defined by Cal. Penal Code § 187 in California.", "Cal. Penal Code § 187", null, "Cal. Penal Code", "187")]
    [InlineData("(Code Civ. Proc., § 425.16, subd. (b)(1).)", "Code Civ. Proc., § 425.16", null, "Cal. Civ. Proc. Code", "425.16")]
    [InlineData("The officer relied on Veh. Code, § 23152 for the stop.", "Veh. Code, § 23152", null, "Cal. Veh. Code", "23152")]
    [InlineData("A duty of care arises under Cal. Civ. Code § 1714(a) for everyone.", "Cal. Civ. Code § 1714(a)", null, "Cal. Civ. Code", "1714(a)")]
    [InlineData("Discovery sanctions, CAL. CIV. PROC. CODE § 2023.030 (West 2020), were imposed.", "CAL. CIV. PROC. CODE § 2023.030", null, "Cal. Civ. Proc. Code", "2023.030")]
    // Texas
    [InlineData("An expert report is required by Tex. Civ. Prac. & Rem. Code Ann. § 74.351 within 120 days.", "Tex. Civ. Prac. & Rem. Code Ann. § 74.351", null, "Tex. Civ. Prac. & Rem. Code Ann.", "74.351")]
    [InlineData("The offense is defined in Tex. Penal Code § 19.02(b)(1) as murder.", "Tex. Penal Code § 19.02(b)(1)", null, "Tex. Penal Code Ann.", "19.02(b)(1)")]
    [InlineData("The statement was admissible under Tex. Code Crim. Proc. Ann. art. 38.22 here.", "Tex. Code Crim. Proc. Ann. art. 38.22", null, "Tex. Code Crim. Proc. Ann.", "38.22")]
    // Florida
    [InlineData("Sovereign immunity is waived by Fla. Stat. § 768.28(5) up to a cap.", "Fla. Stat. § 768.28(5)", null, "Fla. Stat.", "768.28(5)")]
    [InlineData("Sovereign immunity is waived by Fla. Stat. Ann. § 768.28 up to a cap.", "Fla. Stat. Ann. § 768.28", null, "Fla. Stat.", "768.28")]
    // New York
    [InlineData("The complaint failed to state a cause of action, N.Y. C.P.L.R. 3211(a)(7), so it was dismissed.", "N.Y. C.P.L.R. 3211(a)(7)", null, "N.Y. C.P.L.R.", "3211(a)(7)")]
    [InlineData("The motion under CPLR 3211 was granted below.", "CPLR 3211", null, "N.Y. C.P.L.R.", "3211")]
    [InlineData("Assault in the second degree, N.Y. Penal Law § 120.05, is a felony.", "N.Y. Penal Law § 120.05", null, "N.Y. Penal Law", "120.05")]
    [InlineData("The worker invoked Labor Law § 240(1) against the owner.", "Labor Law § 240(1)", null, "N.Y. Lab. Law", "240(1)")]
    // Massachusetts (chapter as Title)
    [InlineData("The consumer sued under Mass. Gen. Laws ch. 93A, § 2 for unfair practices.", "Mass. Gen. Laws ch. 93A, § 2", "93A", "Mass. Gen. Laws", "2")]
    [InlineData("A demand letter under G.L. c. 93A, § 9 was sent.", "G.L. c. 93A, § 9", "93A", "Mass. Gen. Laws", "9")]
    [InlineData("The claim arose under G.L. c. 93A generally.", "G.L. c. 93A", "93A", "Mass. Gen. Laws", null)]
    // Other large states
    [InlineData("Political-subdivision immunity comes from Ohio Rev. Code Ann. § 2744.02 there.", "Ohio Rev. Code Ann. § 2744.02", null, "Ohio Rev. Code Ann.", "2744.02")]
    [InlineData("Ohio courts cite R.C. 2744.02(B)(1) for the exception.", "R.C. 2744.02(B)(1)", null, "Ohio Rev. Code Ann.", "2744.02(B)(1)")]
    [InlineData("The motion rested on Ga. Code Ann. § 9-11-12(b)(6) alone.", "Ga. Code Ann. § 9-11-12(b)(6)", null, "Ga. Code Ann.", "9-11-12(b)(6)")]
    [InlineData("The motion rested on O.C.G.A. § 9-11-12 alone.", "O.C.G.A. § 9-11-12", null, "Ga. Code Ann.", "9-11-12")]
    [InlineData("The civil rules are codified at N.C. Gen. Stat. § 1A-1 in North Carolina.", "N.C. Gen. Stat. § 1A-1", null, "N.C. Gen. Stat.", "1A-1")]
    [InlineData("An affidavit of merit is required by Mich. Comp. Laws § 600.2912d for such claims.", "Mich. Comp. Laws § 600.2912d", null, "Mich. Comp. Laws", "600.2912d")]
    [InlineData("Michigan courts write MCL 600.2912 instead.", "MCL 600.2912", null, "Mich. Comp. Laws", "600.2912")]
    [InlineData("The limitations period in N.J. Stat. Ann. § 2A:14-1 is six years.", "N.J. Stat. Ann. § 2A:14-1", null, "N.J. Stat. Ann.", "2A:14-1")]
    [InlineData("The limitations period in N.J.S.A. 2A:14-2 is two years.", "N.J.S.A. 2A:14-2", null, "N.J. Stat. Ann.", "2A:14-2")]
    [InlineData("Virginia's limitations rule, Va. Code Ann. § 8.01-230, controls accrual.", "Va. Code Ann. § 8.01-230", null, "Va. Code Ann.", "8.01-230")]
    [InlineData("Colorado's period for torts, Colo. Rev. Stat. § 13-80-102, is two years.", "Colo. Rev. Stat. § 13-80-102", null, "Colo. Rev. Stat.", "13-80-102")]
    [InlineData("The three-year period of Wash. Rev. Code § 4.16.080 applies.", "Wash. Rev. Code § 4.16.080", null, "Wash. Rev. Code", "4.16.080")]
    [InlineData("The three-year period of RCW 4.16.080(2) applies.", "RCW 4.16.080(2)", null, "Wash. Rev. Code", "4.16.080(2)")]
    [InlineData("The Wrongful Death Act, Md. Code Ann., Cts. & Jud. Proc. § 3-904, names the beneficiaries.", "Md. Code Ann., Cts. & Jud. Proc. § 3-904", null, "Md. Code Ann., Cts. & Jud. Proc.", "3-904")]
    [InlineData("Louisiana's general tort article, La. Civ. Code art. 2315, was pleaded.", "La. Civ. Code art. 2315", null, "La. Civ. Code Ann.", "2315")]
    [InlineData("Oklahoma's rule appears at Okla. Stat. tit. 12, § 95 in full.", "Okla. Stat. tit. 12, § 95", "12", "Okla. Stat.", "95")]
    [InlineData("The charitable exemption, I.R.C. § 501(c)(3), was lost.", "I.R.C. § 501(c)(3)", null, "I.R.C.", "501(c)(3)")]
    // Bare sections: no title, no code
    [InlineData("The claim under § 1983 fails for want of a policy.", "§ 1983", null, null, "1983")]
    [InlineData("Claims under §§ 1983, 1985 were pleaded together.", "§§ 1983, 1985", null, null, "1983")]
    [InlineData("The conspiracy count under §§ 1985 and 1986 falls with it.", "§§ 1985 and 1986", null, null, "1985")]
    [InlineData("A section 1983 plaintiff must show a constitutional violation.", "section 1983", null, null, "1983")]
    [InlineData("Section 1292(b) certification was denied.", "Section 1292(b)", null, null, "1292(b)")]
    [InlineData("Sections 2 and 3 of the Act govern the merger.", "Sections 2 and 3", null, null, "2")]
    [InlineData("The scheme of § 1331 et seq. is familiar.", "§ 1331 et seq.", null, null, "1331")]
    public void Finds_statute(string input, string text, string? title, string? code, string? section)
    {
        var c = LawCite.Find(input, CitationKind.Statute, text);
        LawCite.AssertFields(c, title, code, section);
    }

    [Theory]
    [InlineData("The section of the statute is ambiguous.")]
    [InlineData("Section II of this opinion addresses the remedy.")]
    [InlineData("A section-by-section analysis accompanied the bill.")]
    [InlineData("The subsection 3 language differs.")]
    [InlineData("The Code of Virginia was revised in 1950.")]
    [InlineData("The Cal. Penal Code is long, and Tex. Penal Code sections vary.")]
    [InlineData("The cap in 42 U.S.C. was raised by Congress.")]
    [InlineData("In 2019 Congress amended the statute, and 110 witnesses testified.")]
    [InlineData("Mass. Gen. Laws are compiled by chapter.")]
    [InlineData("The sectional rivalry was intense.")]
    public void Finds_no_statute(string input)
        => Assert.Empty(LawCite.OfKind(input, CitationKind.Statute));

    [Fact]
    public void Statutes_at_large_after_a_public_law_are_parallel_with_a_pin_and_a_year()
    {
        const string input = "See Patient Protection and Affordable Care Act, Pub. L. No. 111-148, § 1501, 124 Stat. 119, 242 (2010).";
        var law = LawCite.Find(input, CitationKind.Statute, "Pub. L. No. 111-148, § 1501");
        Assert.Equal("111-148", law.Section);
        Assert.Equal("§ 1501", law.PinCite);
        var stat = LawCite.Find(input, CitationKind.Statute, "124 Stat. 119, 242");
        Assert.Equal("119", stat.Section);
        Assert.Equal("242", stat.PinCite);
        Assert.Equal(2010, stat.Year);
        Assert.Equal(law.Index, stat.ParallelOf);
        Assert.Equal(input.IndexOf("(2010)", StringComparison.Ordinal) + 6, stat.FullEnd);
    }

    [Fact]
    public void A_date_parenthetical_extends_the_full_span_only()
    {
        const string input = "Plaintiffs sued under 42 U.S.C. § 1983 (2018) and lost.";
        var c = LawCite.Find(input, CitationKind.Statute, "42 U.S.C. § 1983");
        Assert.Equal("42 U.S.C. § 1983 (2018)", input[c.FullStart..c.FullEnd]);
        Assert.Equal(2018, c.Year);
    }

    [Fact]
    public void A_list_of_sections_stops_before_the_next_titled_citation()
    {
        const string input = "Appeals lie under 28 U.S.C. §§ 1291, 42 U.S.C. § 1983 aside.";
        LawCite.Find(input, CitationKind.Statute, "28 U.S.C. §§ 1291");
        LawCite.Find(input, CitationKind.Statute, "42 U.S.C. § 1983");
    }

    [Fact]
    public void A_code_name_broken_across_lines_is_still_one_citation()
    {
        const string input = "Under Cal. Civ.\nProc. Code § 425.16 the motion lies.";
        var c = LawCite.Find(input, CitationKind.Statute, "Cal. Civ.\nProc. Code § 425.16");
        LawCite.AssertFields(c, null, "Cal. Civ. Proc. Code", "425.16");
    }

    [Fact]
    public void Several_statutes_in_a_string_cite_come_back_in_document_order()
    {
        const string input = "See 42 U.S.C. § 1983; Fla. Stat. § 768.28; § 1988; RCW 4.16.080.";
        var texts = LawCite.OfKind(input, CitationKind.Statute).Select(c => c.Text).ToArray();
        Assert.Equal(["42 U.S.C. § 1983", "Fla. Stat. § 768.28", "§ 1988", "RCW 4.16.080"], texts);
    }

    [Fact]
    public void The_law_catalog_loads_and_knows_its_codes()
    {
        var laws = CitationCatalog.Default.Laws;
        Assert.Equal("U.S.C.", laws.Codes.FindSpelling("U.S.C.A.")?.Code);
        Assert.Equal("Pa.C.S.", laws.Codes.FindSpelling("Pa. C.S.")?.Code);
        Assert.True(laws.Codes.FindSpelling("ILCS")?.Titled);
        Assert.False(laws.Codes.FindSpelling("Cal. Civ. Proc. Code")?.Titled);
        Assert.Equal(CitationKind.Regulation, laws.Codes.FindSpelling("C.F.R.")?.Kind);
        Assert.Equal("Fed. R. Civ. P.", laws.RuleSets.FindSpelling("Fed.R.Civ.P.")?.Code);
        Assert.Equal("U.S. Const.", laws.Constitutions.FindSpelling("U.S. CONST.")?.Code);
        Assert.Equal("Aplt. App.", laws.Records.FindSpelling("Appellant's App.")?.Code);
        // anchors are distinctive: "Cal. Civ." and its spacing variants, never the bare "Cal." of every citation
        Assert.Contains("Cal. Civ.", laws.StatuteAnchors);
        Assert.Contains("Cal.Civ.", laws.StatuteAnchors);
        Assert.DoesNotContain("Cal.", laws.StatuteAnchors);
        Assert.DoesNotContain("U.S.C.", laws.StatuteAnchors);
    }

    // Linear time: these must simply return (no timing assertion; a quadratic scan would not finish).
    [Fact]
    public void Adversarial_section_signs_and_titles_return()
    {
        Assert.Empty(CitationExtractor.Default.Extract(new string('\u00A7', 200_000)));
        Assert.Empty(CitationExtractor.Default.Extract(LawCite.Repeat("\u00A7 ", 1_000_000)));
        Assert.Empty(CitationExtractor.Default.Extract(LawCite.Repeat("42 U.S.C. ", 100_000)));
        Assert.NotEmpty(CitationExtractor.Default.Extract(LawCite.Repeat("42 U.S.C. \u00A7 ", 100_000) + "1983"));
        CitationExtractor.Default.Extract(LawCite.Repeat("\u00A7\u00A7 1, ", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("section ", 200_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Tex. Civ. Prac. & ", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Mass. Gen. Laws ch. ", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("Pub. L. No. 1, ", 100_000));
        CitationExtractor.Default.Extract(LawCite.Repeat("1 Stat. 1, ", 100_000));
        CitationExtractor.Default.Extract("\u00A7 1" + LawCite.Repeat("(a)", 200_000));
        CitationExtractor.Default.Extract("Cal." + new string(' ', 500_000) + "Civ. Proc. Code \u00A7 1");
    }

    private static readonly string[] LawPieces =
    [
        "42 U.S.C. ", "\u00A7 ", "\u00A7\u00A7 ", "1983", ", ", "and ", "et seq.", "(2018)", "Cal. Civ. Proc. Code ", "Mass. Gen. Laws ",
        "ch. 93A", "tit. ", "Pub. L. No. ", "104-134", "110 Stat. ", "1321", "(a)(1)", "CPLR ", "section ", "Section ", "\n", " ",
        "29 C.F.R. ", "Fed. Reg. ", "12,345", "U.S. Const. ", "amend. ", "art. ", "XIV", "cl. ", "Fed. R. Civ. P. ", "Rule ",
        "10th Cir. R. ", "Aplt. App. ", "at ", "R. ", "Vol. ", "ECF No. ", "Compl. ", "\u00B6 ", "23a", "-", "\u2013", ".", "(", ")",
    ];

    [Property(MaxTest = 300)]
    public Property Law_citations_never_throw_and_spans_are_exact()
        => Prop.ForAll(
            Gen.ListOf(Gen.OneOf(Gen.Elements(LawPieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
                .Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                foreach (var c in CitationExtractor.Default.Extract(text))
                {
                    if (c.Start < 0 || c.End > text.Length || c.Start >= c.End || text[c.Start..c.End] != c.Text)
                        return false;
                }
                return true;
            });
}
