namespace Precedent.Citations.Tests.Checking;

/// <summary>PR012: a U.S. Reports volume from other years than the one cited, with the volume or year it is a slip of.</summary>
public class UsReportsYearTests
{
    private const string Anderson = "Officials are shielded. Anderson v. Creighton, 483 U.S. 635, 638 (1987). ";

    public static TheoryData<string, int, string?, string?> Rows() => new()
    {
        // sentence, findings, message part, suggestion
        // Medina v. Cram's dissent; the majority's correct citation of the same case says which volume was meant
        { Anderson + "The question is one of law. Anderson v. Creighton, 48 U.S. 635, 639 (1987).", 1, "volume 48 of U.S. Reports is from 1849, not 1987", "483 U.S. 635" },
        // alone, 1987 fits volumes 480 to 484: no volume is convincing
        { "The question is one of law. Anderson v. Creighton, 48 U.S. 635, 639 (1987).", 1, "volume 48 of U.S. Reports is from 1849, not 1987", null },
        // the only 1979 volume a keystroke from "42"; S. Ct. volume 99 agrees with 1979
        { "The Court upheld class relief. Califano v. Yamasaki, 42 U.S. 682, 99 S. Ct. 2545, 61 L. Ed. 2d 176 (1979).", 1, "volume 42 of U.S. Reports is from 1843, not 1979", "442 U.S. 682" },
        // S. Ct. volume 88 is October Term 1967: the year is the slip
        { "Standing asks about the party. Flast v. Cohen, 392 U.S. 83, 99, 88 S. Ct. 1942, 20 L. Ed. 2d 947 (1961).", 1, "volume 392 of U.S. Reports is from 1968, not 1961", "392 U.S. 83 (1968)" },
        // a later short cite vouches for the volume: the year is the slip
        { "States keep their immunity. Alden v. Maine, 527 U.S. 706, 757 (1996). See Alden, 527 U.S., at 750.", 1, "volume 527 of U.S. Reports is from 1999, not 1996", "527 U.S. 706 (1999)" },
        // the same case cited correctly elsewhere
        { "Wallace v. Kato, 549 U.S. 384, 388 (2007). Later: See Wallace v. Kato, 494 U.S. 384, 390 (2007).", 1, "volume 494 of U.S. Reports is from 1990, not 2007", "549 U.S. 384" },
        // correct
        { "The question is one of law. Anderson v. Creighton, 483 U.S. 635, 639 (1987).", 0, null, null },
        { "A state officer may be enjoined. Ex parte Young, 209 U.S. 123, 159 (1908).", 0, null, null },
        { "The Court decided it. Marbury v. Madison, 5 U.S. 137, 177 (1803).", 0, null, null },
        // a slip opinion's volume with a blank page
        { "Counsel's advice was deficient. Lee v. United States, 582 U.S. ___, 137 S. Ct. 1958 (2017).", 0, null, null },
        // a year of slack at a volume's edge: volume 484 runs into 1988
        { "The search was reasonable. Griffin v. Wisconsin, 483 U.S. 868, 873 (1987).", 0, null, null },
        // a parallel citation in parentheses read as a year
        { "The Court so held in Batson v. Kentucky, 476 U.S. 79 (106 SC 1712, 90 LE2d 69) (1986).", 0, null, null },
        // a column break splitting "543 U.S. 1076"
        { "Review was refused. Smith v. State, 100 S.W.3d 1 (Tex. App. 2004), cert. denied, 543                27 U.S. 1076 (2005).", 0, null, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void VolumeAndYearDisagree(string sentence, int count, string? message, string? suggestion)
        => CheckFixture.AssertRow("PR012", sentence, count, message, suggestion);
}
