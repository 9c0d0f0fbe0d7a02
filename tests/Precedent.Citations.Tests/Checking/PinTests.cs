namespace Precedent.Citations.Tests.Checking;

/// <summary>PR006 (pin before the first page), PR007 (pin implausibly far), PR008 (range that runs backwards).</summary>
public class PinTests
{
    public static TheoryData<string, int, string?> BeforeFirstPage() => new()
    {
        // sentence, findings, message part
        { "Officials are shielded. Anderson v. Creighton, 483 U.S. 635, 600 (1987).", 1, "pin 600 is before the first page of 483 U.S. 635" },
        { "Sufficiency is reviewed so. Juan H. v. Allen, 408 F.3d 1262, 278 n.14 (9th Cir. 2005).", 1, "pin 278 n.14 is before the first page of 408 F.3d 1262" },
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995). It is two-part. Albright, 51 F.3d at 1500.", 1, "51 F.3d at 1500 is before the first page of 51 F.3d 1531" },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989). The test is objective. Id. at 300.", 1, "Id. at 300 is before the first page of 490 U.S. 386" },
        // correct pins
        { "Officials are shielded. Anderson v. Creighton, 483 U.S. 635, 639 (1987). See id. at 640.", 0, null },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989). The test is objective. Id. at 396-97.", 0, null },
        // an Id. pin into a parallel reporter
        { "Officials are shielded. Anderson v. Creighton, 483 U.S. 635, 639, 107 S. Ct. 3034, 97 L. Ed. 2d 523 (1987). Id. at 3039.", 0, null },
        // an Id. that may mean the record or a pleading rather than the case
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989). The complaint alleges as much. Id. at 8.", 0, null },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386, 396 (1989). He was drunk. Aplt. App. at 114. Id. at 115.", 0, null },
        // "Id., at 10,409": a numbered paragraph of a record, not page 10
        { "The businesses were unitary. Exxon Corp. v. Wisconsin Dept. of Revenue, 447 U.S. 207, 213 (1980). The Commission so found. Id., at 10,409.", 0, null },
        // a parallel citation the extractor does not read: its volume is no pin
        { "The complaint was sufficient. Crowley v. Bob Jones University, 268 S.C. 492, 234 S.E. (2d) 879 (1977).", 0, null },
        // a slip decision's number and its own pages
        { "The Board awarded costs. HTH Corp., 361 N.L.R.B. No. 65, at 5 (2014).", 0, null },
    };

    [Theory]
    [MemberData(nameof(BeforeFirstPage))]
    public void PinBeforeFirstPage(string sentence, int count, string? message)
        => CheckFixture.AssertRow("PR006", sentence, count, message, null);

    public static TheoryData<string, int, string?> TooFar() => new()
    {
        { "Officials are shielded. Anderson v. Creighton, 483 U.S. 635, 939 (1987).", 1, "pin 939 is 304 pages after the first page of 483 U.S. 635" },
        { "Officials are shielded. Anderson v. Creighton, 483 U.S. 635, 107 S. Ct. 3034, 3239 (1987).", 1, "pin 3239 is 205 pages after the first page of 107 S. Ct. 3034" },
        // a long landmark opinion in U.S. Reports
        { "The Chief Justice dissented. Furman v. Georgia, 408 U.S. 238, 399 (1972) (Burger, C.J., dissenting).", 0, null },
        { "Retaliation needs a causal link. Ross v. Communications Satellite Corp., 759 F.2d 35, 365 (4th Cir. 1985).", 1, "pin 365 is 330 pages after the first page of 759 F.2d 35" },
        { "Retaliation needs a causal link. Ross v. Communications Satellite Corp., 759 F.2d 355, 365 (4th Cir. 1985).", 0, null },
        // star pages and paragraphs are not pages of a printed reporter
        { "The panel so held. Currier v. Doran, 2001 WL 202045, at *700 (10th Cir. Mar. 1, 2001).", 0, null },
        // a year standing where the parenthetical should be
        { "The bomb was not foreseeable. de Saric v. Miami Caribe Investments Inc., C.A.5, 512 F.2d 1013, 1975.", 0, null },
        // a long state opinion: official state reports print fewer words to the page
        { "Other courts disagree. State v. Cobb, 251 Conn. 285, 559-561 & n.3, 743 A.2d 1, 151-153 & n.3 (1999) (Katz, J., dissenting).", 0, null },
    };

    [Theory]
    [MemberData(nameof(TooFar))]
    public void PinTooFar(string sentence, int count, string? message)
        => CheckFixture.AssertRow("PR007", sentence, count, message, null);

    public static TheoryData<string, int, string?> Ranges() => new()
    {
        { "The review is de novo. Nelson v. McMullen, 207 F.3d 1202, 1205-1204 (10th Cir. 2000).", 1, "pin range 1205-1204 ends (at 1204) before it begins (at 1205)" },
        { "The review is de novo. Nelson v. McMullen, 207 F.3d 1202, 1205\u201303 (10th Cir. 2000).", 1, "ends (at 1203)" },
        { "Force is judged objectively. Graham v. Connor, 490 U.S. 386 (1989). Id. at 397-96.", 1, "pin range 397-96" },
        // the short form: "1205-06" is 1205 to 1206
        { "The review is de novo. Nelson v. McMullen, 207 F.3d 1202, 1205-06 (10th Cir. 2000).", 0, null },
        { "The encounter was unreasonable. Sevier v. City of Lawrence, 60 F.3d 695, 699-701 (10th Cir. 1995).", 0, null },
        // a short form that rolls over a hundred
        { "The sentence was cruel and unusual. Furman v. Georgia, 408 U.S. 238, 399-01 (1972).", 0, null },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void RangeRunsBackwards(string sentence, int count, string? message)
        => CheckFixture.AssertRow("PR008", sentence, count, message, null);
}
