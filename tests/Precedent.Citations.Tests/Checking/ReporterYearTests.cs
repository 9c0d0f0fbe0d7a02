namespace Precedent.Citations.Tests.Checking;

/// <summary>PR002 (reporter years), PR003 (court the reporter does not publish), PR004 (year after the document or today).</summary>
public class ReporterYearTests
{
    public static TheoryData<string, int, string?, string?> ReporterYears() => new()
    {
        // sentence, findings, message part, suggestion
        { "Clear and convincing means more than a preponderance. United States v. Owens, 854 F.2d 432, 436 n.8 (11th Cir. 1998).", 1, "F.2d was published from 1924 to 1993, not in 1998 (F.3d covers 1998)", null },
        { "Title IX reaches employment. North Haven Bd. of Educ. v. Bell, 456 U.S. 512, 102 S. Ct. 1912, 72 L. Ed. 299 (1982).", 1, "L. Ed. was published from 1790 to 1956, not in 1982 (L. Ed. 2d covers 1982)", null },
        { "An early Florida case is opposed. Mann v. State, 23 Fla. 610, 3 So. 207, 211 (1877).", 1, "So. was published from 1887 to 1941, not in 1877", null },
        { "The rule was settled long ago. Mann v. State, 23 Fla. 610, 3 So. 207, 211 (1887).", 0, null, null },
        // the first year of an edition, and a year of slack at its edges
        { "Conclusory opinions do not suffice. Hayes v. Douglas Dynamics, Inc., 8 F.3d 88, 92 (1st Cir. 1993).", 0, null, null },
        { "The old rule stood. Evers v. General Motors Corp., 770 F.2d 984, 986 (11th Cir. 1985).", 0, null, null },
        // U.S. Reports is PR012's; database and public-domain citations carry their own year
        { "A state officer may be enjoined. Ex parte Young, 209 U.S. 123, 159 (1908).", 0, null, null },
        { "The panel so held. Currier v. Doran, 2001 WL 202045 (10th Cir. Mar. 1, 2001).", 0, null, null },
        // a supplement's year is not the decision's
        { "See Annot., Right to Resist Excessive Force, 77 A.L.R.3d 281 (1977 & Supp. 1990).", 0, null, null },
        // a parallel citation in parentheses is not a court-and-date parenthetical
        { "The Court so held in Batson v. Kentucky, 476 U.S. 79 (106 SC 1712, 90 LE2d 69) (1986).", 0, null, null },
        // within the edition's years, a volume far from the year: warning five to ten years off, error beyond
        { "The transfer was complete. United States v. Cashin, 281 F.2d 669 (2d Cir. 1968).", 1, "volume 281 of F.2d dates from about 1960, not 1968; volumes 392–408 are about 1968", null },
        { "The old rule stood. Evers v. General Motors Corp., 170 F.2d 984, 986 (11th Cir. 1985).", 1, "volume 170 of F.2d dates from about 1949, not 1985", null },
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995).", 0, null, null },
        { "Sovereign immunity bars the claim. Hans v. Louisiana, 134 U.S. 1, 10 S. Ct. 504, 33 L. Ed. 842 (1890).", 0, null, null },
        // one finding for a parallel group; none where U.S. Reports is in the group (PR012 knows its years exactly)
        { "The statute is directory. Brushy Ridge Coal Co. v. Blevins, 6 Va. App. 73, 78, 367 S.E.2d 204, 206 (1998).", 1, "volume 367 of S.E.2d dates from about 1989, not 1998", null },
        { "Standing was found. Flast v. Cohen, 392 U.S. 83, 99, 88 S. Ct. 1942, 1952, 20 L. Ed. 2d 947 (1961).", 0, null, null },
        // the later series continued the earlier one's volumes and is often cited by the shorter name
        { "The omnibus clause reaches the driver. Lazarus v. Manufacturers Casualty Ins. Co., 105 App. D.C. 357, 267 F.2d 634 (1959).", 0, null, null },
        // a volume that may be the tail of a number split by a column break is not measured
        { "The Board erred. Sepulveda v. Ashcroft, 257          2 F.3d 1262, 1283 (11th Cir. 2001).", 0, null, null },
    };

    [Theory]
    [InlineData("F.2d", 1, 1924)]
    [InlineData("F.2d", 999, 1993)]
    [InlineData("F.2d", 75, 1935)]
    [InlineData("F.3d", 51, 1995)]
    [InlineData("S. Ct.", 107, 1987)]
    [InlineData("F.3d", 1200, null)]
    [InlineData("U.S.", 483, null)]
    [InlineData("Colo.", 100, null)]
    public void EstimatedYearOfAVolume(string reporter, int volume, int? year)
    {
        var catalog = Precedent.Citations.Catalog.CitationCatalog.Default;
        var edition = catalog.FindEdition(reporter)!;
        Assert.Equal(year, catalog.EstimatedYear(edition, volume));
    }

    [Theory]
    [MemberData(nameof(ReporterYears))]
    public void YearOutsideTheReporter(string sentence, int count, string? message, string? suggestion)
        => CheckFixture.AssertRow("PR002", sentence, count, message, suggestion);

    public static TheoryData<string, int, string?, string?> Courts() => new()
    {
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534 (Cal. 1995).", 1, "F.3d (Federal Reporter) does not publish decisions of the", null },
        { "Education is a right. Mills v. Board of Education, 348 F. Supp. 866, 875 (D.C. Cir. 1972).", 1, "F. Supp. (Federal Supplement) does not publish decisions of the United States Court of Appeals for the District of Columbia Circuit", null },
        { "Eyewitness identification was revisited. State v. Henderson, 27 A.3d 872, 878 (10th Cir. 2011).", 1, "A.3d (Atlantic Reporter)", null },
        // correct courts
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995).", 0, null, null },
        { "Education is a right. Mills v. Board of Education, 348 F. Supp. 866, 875 (D.D.C. 1972).", 0, null, null },
        // a state court named without its state, the state being the reporter's
        { "Foreseeability is for the jury. Schaublin v. Leber, 50 N.J. Super. 506, 510 (App. Div. 1958).", 0, null, null },
        { "The dissolution is not stayed. Frankel v. Frankel, 274 N.J. Super. 585, 591, 644 A.2d 1132, 1135 (App. Div. 1994).", 0, null, null },
        // "D.C." in an older citation of a district court
        { "The question is political. Detroit Edison Co. v. East China Township School Dist. No. 3, 247 F. Supp. 296 (D.C. 1965).", 0, null, null },
    };

    [Theory]
    [MemberData(nameof(Courts))]
    public void CourtTheReporterDoesNotPublish(string sentence, int count, string? message, string? suggestion)
        => CheckFixture.AssertRow("PR003", sentence, count, message, suggestion);

    public static TheoryData<string, string?, int, string?> FutureYears() => new()
    {
        // sentence, document date, findings, message part
        { "Force may end a chase. Scott v. Harris, 550 U.S. 372, 386 (2007).", "2001-04-03", 1, "the year 2007 is after the document's date (2001-04-03)" },
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 2027).", null, 1, "the year 2027 is in the future" },
        { "The panel so held. Currier v. Doran, 2001 WL 202045 (10th Cir. Mar. 1, 2001).", "2001-04-03", 0, null },
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995).", "2001-04-03", 0, null },
        { "Force may end a chase. Scott v. Harris, 550 U.S. 372, 386 (2007).", null, 0, null },
    };

    [Theory]
    [MemberData(nameof(FutureYears))]
    public void YearAfterTheDocument(string sentence, string? documentDate, int count, string? message)
        => CheckFixture.AssertRow("PR004", sentence, count, message, null, documentDate);
}
