namespace Precedent.Citations.Tests.Checking;

/// <summary>PR014 (reporter form), PR015 (parallel order), PR016 (section sign).</summary>
public class CitationFormTests
{
    public static TheoryData<string, int, string?, string?> ReporterForms() => new()
    {
        // sentence, findings, message part, suggestion
        { "The burden is heavy. Albright v. Rodriguez, 51 F. 3d 1531, 1534 (10th Cir. 1995).", 1, "reporter written \"F. 3d\"; the standard form is \"F.3d\"", "51 F.3d 1531" },
        { "The inquiry is sequential. Saucier v. Katz, 533 U.S. 194, 201, 121 S.Ct. 2151 (2001).", 1, "\"S.Ct.\"", "121 S. Ct. 2151" },
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531 (10th Cir. 1995). Albright, 51 F. 3d at 1534.", 1, "\"F. 3d\"", "51 F.3d at 1534" },
        { "Officials are shielded. Anderson v. Creighton, 483 U. S. 635, 639 (1987).", 1, "\"U. S.\"", "483 U.S. 635" },
        { "The inquiry is sequential. Saucier v. Katz, 533 U.S. 194, 201, 121 S. Ct. 2151 (2001).", 0, null, null },
        // California's and New York's own styles
        { "Case-specific hearsay is not admissible through an expert. People v. Sanchez (2016) 63 Cal.4th 665, 686.", 0, null, null },
        { "The risk defines the duty (Palsgraf v Long Is. R.R. Co., 248 NY 339, 344 [1928]).", 0, null, null },
    };

    [Theory]
    [MemberData(nameof(ReporterForms))]
    public void ReporterForm(string sentence, int count, string? message, string? suggestion)
        => CheckFixture.AssertRow("PR014", sentence, count, message, suggestion);

    public static TheoryData<string, int, string?, string?> ParallelOrder() => new()
    {
        { "Officials are shielded. Anderson v. Creighton, 483 U.S. 635, 639, 97 L. Ed. 2d 523, 107 S. Ct. 3034 (1987).", 1, "parallel citations out of order: U.S. comes first", "483 U.S. 635, 639, 107 S. Ct. 3034, 97 L. Ed. 2d 523" },
        { "The risk defines the duty. Palsgraf v. Long Island R.R. Co., 162 N.E. 99, 248 N.Y. 339, 344 (1928).", 1, "N.Y. comes first", "248 N.Y. 339, 344, 162 N.E. 99" },
        { "Officials are shielded. Anderson v. Creighton, 483 U.S. 635, 639, 107 S. Ct. 3034, 97 L. Ed. 2d 523 (1987).", 0, null, null },
        { "The risk defines the duty. Palsgraf v. Long Island R.R. Co., 248 N.Y. 339, 344, 162 N.E. 99 (1928).", 0, null, null },
        // the unofficial state reporter has no fixed place
        { "Hearsay is hearsay. People v. Sanchez, 63 Cal. 4th 665, 204 Cal. Rptr. 3d 102, 374 P.3d 320 (2016).", 0, null, null },
        { "Hearsay is hearsay. People v. Sanchez, 63 Cal. 4th 665, 374 P.3d 320, 204 Cal. Rptr. 3d 102 (2016).", 0, null, null },
    };

    [Theory]
    [MemberData(nameof(ParallelOrder))]
    public void ParallelCitationsInOrder(string sentence, int count, string? message, string? suggestion)
        => CheckFixture.AssertRow("PR015", sentence, count, message, suggestion);

    public static TheoryData<string, int, string?, string?> SectionSigns() => new()
    {
        { "Suit was brought under 42 U.S.C. 1983.", 1, "U.S.C. citation without \u00A7", "42 U.S.C. \u00A7 1983" },
        { "The impairment must be substantial. 29 C.F.R. 1630.2(j) (2000).", 1, "C.F.R. citation without \u00A7", "29 C.F.R. \u00A7 1630.2(j)" },
        { "Suit was brought under 42 U.S.C. \u00A7 1983.", 0, null, null },
        { "We have jurisdiction. 28 U.S.C. \u00A7\u00A7 1291, 1292(b).", 0, null, null },
        { "The statute says so. 26 U.S.C. Secs. 950-952.", 0, null, null },
        { "Congress appropriated the funds. 110 Stat. 1321.", 0, null, null },
    };

    [Theory]
    [MemberData(nameof(SectionSigns))]
    public void SectionSign(string sentence, int count, string? message, string? suggestion)
        => CheckFixture.AssertRow("PR016", sentence, count, message, suggestion);
}
