namespace Precedent.Citations.Tests.Checking;

/// <summary>PR013: one authority cited two ways.</summary>
public class InconsistentAuthorityTests
{
    public static TheoryData<string, int, string?, string?> Rows() => new()
    {
        // sentence, findings, message part, suggestion
        { "Anderson v. Creighton, 483 U.S. 635, 638 (1987). Later: Anderson v. Creighton, 48 U.S. 635, 639 (1987).", 1, "Anderson v. Creighton is cited as 483 U.S. 635 earlier but as 48 U.S. 635 here", "483 U.S. 635" },
        { "Anderson v. Creighton, 483 U.S. 635, 638 (1987). Later: Anderson v. Creighten, 483 U.S. 635, 640 (1987).", 1, "483 U.S. 635 is named \"Anderson v. Creighten\" here but \"Anderson v. Creighton\" earlier", "Anderson v. Creighton" },
        { "Graham v. Connor, 490 U.S. 386, 395 (1989). Later: Graham v. Connor, 490 U.S. 386, 397 (1988).", 1, "490 U.S. 386 is dated 1988 here but 1989 earlier", null },
        { "Graham v. Connor, 490 U.S. 386, 395 (1989). Later: Graham v. Connor, 490 U.S. 368, 397 (1989).", 1, "Graham v. Connor is cited as 490 U.S. 386 earlier but as 490 U.S. 368 here", "490 U.S. 386" },
        // consistent
        { "Anderson v. Creighton, 483 U.S. 635, 638 (1987). Later: Anderson v. Creighton, 483 U.S. 635, 641 (1987).", 0, null, null },
        // two decisions of one name, told apart by hereinafter or by years
        { "Wilson v. Meeks, 52 F.3d 1547, 1551 (10th Cir. 1995) [hereinafter Wilson I]; Wilson v. Meeks, 98 F.3d 1247, 1251 (10th Cir. 1996) [hereinafter Wilson II].", 0, null, null },
        { "Williams v. Taylor, 529 U.S. 362, 405 (2000). Compare (Michael) Williams v. Taylor, 529 U.S. 420, 432 (2000).", 0, null, null },
        // one name, abbreviated or reordered
        { "Romero v. Bd. of County Comm'rs, 60 F.3d 702, 705 (10th Cir. 1995). Later: Romero v. Board of County Commissioners, 60 F.3d 702, 704 (10th Cir. 1995).", 0, null, null },
        { "Carpenter v. D.C. Traffic Adjudication Appeal Bd., 530 A.2d 680 (D.C. 1987). Later: Carpenter v. District of Columbia Traffic Adjudication Appeal Board, 530 A.2d 680, 682 (D.C. 1987).", 0, null, null },
        { "Chevron U.S.A. Inc. v. Natural Resources Defense Council, Inc., 467 U.S. 837, 842 (1984). Later: Chevron U.S.A., Inc. v. NRDC, 467 U.S. 837, 843 (1984).", 0, null, null },
        { "Farrell v. County of Sibley, 135 Minn. 439, 161 N.W. 152 (1917). Later: Farrell v. Sibley County, 135 Minn. 439, 440, 161 N.W. 152 (1917).", 0, null, null },
        // a short name in a full citation says nothing of the name
        { "United States v. Microsoft Corp., 253 F.3d 34, 50 (D.C. Cir. 2001) (en banc). See Microsoft, 253 F.3d 34.", 0, null, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void CitedTwoWays(string sentence, int count, string? message, string? suggestion)
        => CheckFixture.AssertRow("PR013", sentence, count, message, suggestion);
}
