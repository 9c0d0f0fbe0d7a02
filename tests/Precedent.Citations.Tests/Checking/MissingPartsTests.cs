namespace Precedent.Citations.Tests.Checking;

/// <summary>PR005 (no year) and PR017 (no court where the reporter implies none).</summary>
public class MissingPartsTests
{
    public static TheoryData<string, string?, int, string?> MissingYears() => new()
    {
        // sentence, document date, findings, message part
        { "Objective reasonableness governs. Harlow v. Fitzgerald, 457 U.S. 800, 818.", "2001-04-03", 1, "Harlow v. Fitzgerald, 457 U.S. 800, has no year" },
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534.", null, 1, "Albright v. Rodriguez, 51 F.3d 1531, has no year" },
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995).", null, 0, null },
        // the Supreme Court cited without years well into the 1980s
        { "So said Mr. Justice Brandeis in Underwood Typewriter Co. v. Chamberlain, 254 U.S. 113, 121.", "1980-06-10", 0, null },
        // no case name: a "reported below" note or a reporter caption
        { "Certiorari denied. Reported below: 993 F.2d 1550.", "1994-01-10", 0, null },
        { "779 P.2d 22 (1989)\n116 Idaho 708\nSydney Mae LOWRY, Plaintiff-Appellant.", "1989-09-01", 0, null },
        // the old Fifth Circuit form puts the year after the page
        { "The bomb was not foreseeable. de Saric v. Miami Caribe Investments Inc., C.A.5, 512 F.2d 1013, 1975.", "1975-12-05", 0, null },
        // a database citation carries its year in the volume
        { "The panel so held. Currier v. Doran, 2001 WL 202045, at *7.", "2001-04-03", 0, null },
        // a star page breaks the parallel citation before the year
        { "The tip was insufficient. Aguilar v. Texas, 378 U.S. 108, 84 S. Ct. 1509, 12 *1123 L.Ed.2d 723 (1964).", "1982-07-16", 0, null },
        { "The tip was insufficient. Aguilar v. Texas, 378 U.S. 108, 84 S. Ct. 1509, 12 *1123 L.Ed.2d 723 (1964).", "2001-07-16", 0, null },
    };

    [Theory]
    [MemberData(nameof(MissingYears))]
    public void FullCitationWithoutYear(string sentence, string? documentDate, int count, string? message)
        => CheckFixture.AssertRow("PR005", sentence, count, message, null, documentDate);

    public static TheoryData<string, int, string?> MissingCourts() => new()
    {
        { "The law was clearly established. Medina v. City and County of Denver, 960 F.2d 1493, 1498 (1992).", 1, "no court in the parenthetical, and F.2d publishes decisions of more than one court" },
        { "Eyewitness identification was revisited. State v. Henderson, 27 A.3d 872, 878 (2011).", 1, "A.3d" },
        { "The law was clearly established. Medina v. City and County of Denver, 960 F.2d 1493, 1498 (10th Cir. 1992).", 0, null },
        // the official report names the court
        { "Eyewitness identification was revisited. State v. Henderson, 208 N.J. 208, 27 A.3d 872 (2011).", 0, null },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989).", 0, null },
        // a blank official citation before it
        { "Compare State v. Upshur, ___ N.C. App. ___, 625 S.E.2d 911 (2006).", 0, null },
        // a reporter caption
        { "965 So. 2d 1016 (2007)\nSTATE of Louisiana, Appellee.", 0, null },
    };

    [Theory]
    [MemberData(nameof(MissingCourts))]
    public void YearWithoutCourt(string sentence, int count, string? message)
        => CheckFixture.AssertRow("PR017", sentence, count, message, null);
}
