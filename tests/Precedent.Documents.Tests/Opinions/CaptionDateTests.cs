using System.Globalization;
using System.Text;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

/// <summary>Where a caption states the decision date, and which of several dates it is.</summary>
public class CaptionDateTests
{
    public static TheoryData<string, string, string?> Captions => new()
    {
        {
            "a long party line ending in its roles does not end the caption",
            "301 N.W.2d 412 (1981)\n" +
            "Margaret HOLLAND, as Executrix of the Estate of Peter Holland, Deceased, and as surviving wife, and on behalf of the minor children, et al., Plaintiff and Appellee,\n" +
            "v.\nGerald OSTROM et al., Defendants and Appellants.\nCiv. No. 9311.\nSupreme Court of North Dakota.\nApril 14, 1981.\n" +
            "PAULSON, Justice.\nThis appeal is from a judgment for the plaintiff, and we affirm it.\n",
            "1981-04-14"
        },
        {
            "officials sued individually and in their official capacities",
            "The ARKANSAS STATE POLICE; Wendell Pryor, individually and in his official capacity; and Carl Boone, individually and in his official capacity, Appellants,\n" +
            "v.\nRoy TILLMAN and Delta Surveying, Inc., Appellees.\nNo. 08-412.\nSupreme Court of Arkansas.\nOctober 2, 2008.\n" +
            "DONALD L. CORBIN, Justice.\nThe appellants bring this interlocutory appeal from the denial of their motion to dismiss.\n",
            "2008-10-02"
        },
        {
            "a party line wrapped before its roles",
            "Carol A. WEBB, individually and on behalf of all others that are\nsimilarly situated, Plaintiffs, Appellants,\nv.\n" +
            "RAILROAD RETIREMENT BOARD, et al.,\nDefendants, Appellees.\nNo. 86-1502.\nUnited States Court of Appeals,\nFirst Circuit.\n" +
            "Argued March 2, 1987.\nDecided May 20, 1987.\nTORRUELLA, Circuit Judge.\nThe plaintiffs appeal the dismissal of their class action.\n",
            "1987-05-20"
        },
        {
            "the lower court's judge on a line after its docket numbers is no author line",
            "United States Court of Appeals for the Federal Circuit\n______________________\nPINE RIDGE FARMS, LLC,\nPlaintiff-Appellant,\nv.\nUNITED STATES,\nDefendant-Appellee.\n" +
            "______________________\n2013-5044\n______________________\nAppeal from the United States Court of Federal Claims in Nos.\n09-CV-101, 09-CV-102,\n" +
            "Chief Judge Anna B. Korte.\n______________________\nDecided: February 11, 2014\n______________________\n" +
            "The farm appeals the judgment of the Court of Federal Claims, which held that the claims were filed too late.\n",
            "2014-02-11"
        },
        {
            "a filing date in parentheses under the panel",
            "UNITED STATES COURT OF APPEALS\nFOR THE THIRD CIRCUIT\nNO. 05-3317\nRAMON ORTIZ,\nPetitioner\nv.\nATTORNEY GENERAL OF THE UNITED STATES,\nRespondent\n" +
            "Submitted Pursuant to Third Circuit LAR 34.1(a)\nJune 2, 2006\nBEFORE: RENDELL, SMITH and FISHER, Circuit Judges.\n(Filed June 9, 2006)\n" +
            "OPINION OF THE COURT\nPER CURIAM.\nRamon Ortiz petitions for review of an order of the Board of Immigration Appeals.\n",
            "2006-06-09"
        },
        {
            "an opinion-filed date in parentheses",
            "UNITED STATES COURT OF APPEALS\nFOR THE THIRD CIRCUIT\nNo. 07-2290\nIN RE: DANA KOVAC,\nDebtor\nSubmitted Pursuant to Third Circuit LAR 34.1(a)\nMarch 11, 2008\n" +
            "Before: SLOVITER, BARRY and GREENBERG, Circuit Judges\n(Opinion filed: March 18, 2008)\nOPINION\nPER CURIAM\nDana Kovac appeals from the order of the District Court dismissing her appeal.\n",
            "2008-03-18"
        },
        {
            "a date in parentheses under the title of a memorandum opinion",
            "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nHENRY T. WALSH,\nPlaintiff,\nv.                                    Civil Action No. 09-00211 (ABC)\n" +
            "DISTRICT OF COLUMBIA,\nDefendant.\n                 MEMORANDUM OPINION\n                 (August 3, 2012)\n" +
            "     Plaintiff Henry T. Walsh brings this action against the District of Columbia under Title VII of the Civil Rights Act.\n",
            "2012-08-03"
        },
        {
            "a delivered-and-filed date after PER CURIAM and the panel",
            "OPINION\nNo. 04-11-00377-CV\nIN RE Maria GONZALES\nOriginal Mandamus Proceeding\nPER CURIAM\nSitting: Catherine Stone, Chief Justice\nKaren Angelini, Justice\n" +
            "Delivered and Filed: June 15, 2011\nPETITION FOR WRIT OF MANDAMUS DENIED\n" +
            "On May 31, 2011, relator filed a petition for writ of mandamus complaining of the trial court's order.\n",
            "2011-06-15"
        },
        {
            "a filed date after a repository notice above the caption",
            "This decision is brought to you for free and open access by the Opinions of the Court of Appeals. It has been accepted for inclusion in the decisions of the year by an administrator.\n" +
            "Filed June 12, 1997\nUNITED STATES COURT OF APPEALS\nFOR THE THIRD CIRCUIT\nNo. 96-5521\nPETER LUCAS,\nAppellant\nv.\nCITY OF NEWARK\n" +
            "OPINION OF THE COURT\nALITO, Circuit Judge:\nThe plaintiff appeals the grant of summary judgment to the city.\n",
            "1997-06-12"
        },
        {
            "a repository cover page with a docket before its notice",
            "Opinions of the United States Court of Appeals for the Third Circuit\n2006 Decisions\nLucas v. City of Newark\nDocket No. 05-4410\n" +
            "This decision is brought to you for free and open access by the Opinions of the Court of Appeals. It has been accepted for inclusion in the decisions of the year by an administrator.\n" +
            "NOT PRECEDENTIAL\nUNITED STATES COURT OF APPEALS\nFOR THE THIRD CIRCUIT\nNo. 05-4410\nPETER LUCAS,\nAppellant\nv.\nCITY OF NEWARK\n" +
            "Submitted Under Third Circuit LAR 34.1(a)\nMay 1, 2006\nBefore: SCIRICA, Chief Judge, and FUENTES, Circuit Judge\n(Filed: May 15, 2006)\n" +
            "OPINION OF THE COURT\nFUENTES, Circuit Judge.\nThe plaintiff appeals the grant of summary judgment to the city.\n",
            "2006-05-15"
        },
        {
            "a lone date in the right column under the author of a slip opinion",
            "                        COURT OF APPEALS OF VIRGINIA\n\nPresent: Judges Benton, Elder and Clements\nArgued at Richmond, Virginia\n\n" +
            "HENRICO COUNTY SCHOOL BOARD\n                                                   OPINION BY\nv.   Record No. 1733-04-2           JUDGE JAMES W. BENTON, JR.\n" +
            "                                                  MARCH 15, 2005\nMARY T. LEWIS\n\n        FROM THE VIRGINIA WORKERS' COMPENSATION COMMISSION\n\n" +
            "     The school board contends the commission erred in awarding benefits to the claimant, and we disagree with it.\n",
            "2005-03-15"
        },
        {
            "the decision date before a later certiorari denial on the same line",
            "Walter L. BRANDT, Plaintiff-Appellant,\nv.\nFrank K. HOLT, Defendant-Appellee.\nNo. 18220.\nUnited States Court of Appeals Sixth Circuit.\n" +
            "Nov. 14, 1968, Certiorari Denied March 3, 1969, See 89\nS.Ct. 1012.\nPER CURIAM.\nThe judgment of the district court is affirmed.\n",
            "1968-11-14"
        },
        {
            "a run of dates alone on their lines ends with the decision",
            "COMMONWEALTH\nvs.\nEDWARD DOYLE.\nAppeals Court of Massachusetts, Suffolk.\nMarch 6, 1975.\nJune 2, 1975.\nPresent: HALE, C.J., ARMSTRONG, & BROWN, JJ.\n" +
            "The defendant appeals from his conviction of larceny, and we affirm the judgment.\n",
            "1975-06-02"
        },
        {
            "a date opening the first paragraph",
            "April 9, 1926. The opinion of the Court was delivered by the Chief Justice, and the judgment below is affirmed in all respects.\n",
            "1926-04-09"
        },
        {
            "a slip syllabus under its notice, the date after the argument date",
            "(Slip Opinion)              OCTOBER TERM, 2017                                       1\n\n                Syllabus\n\n" +
            "  NOTE: Where it is feasible, a syllabus (headnote) will be released, as is\n  being done in connection with this case, at the time the opinion is issued.\n" +
            "  The syllabus constitutes no part of the opinion of the Court but has been\n  prepared by the Reporter of Decisions for the convenience of the reader.\n" +
            "  See United States v. Detroit Timber & Lumber Co., 200 U. S. 321, 337.\n\n" +
            "SUPREME COURT OF THE UNITED STATES\n\n                Syllabus\n\n             HARMON v. ALDEN\n\n" +
            "CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR\n             THE NINTH CIRCUIT\n\n" +
            "No. 16–2202. Argued February 6, 2018—Decided April 30, 2018\nPetitioner Harmon sued the respondent for breach of a contract of sale.\n",
            "2018-04-30"
        },
        {
            "a running head above the court's name",
            "                  Cite as: 583 U. S. ____ (2018)            1\n\n                      THOMAS, J., dissenting\n\n" +
            "SUPREME COURT OF THE UNITED STATES\n        JOHN PARKS v. OHIO\n\n   ON PETITION FOR WRIT OF CERTIORARI TO THE SUPREME \n\n    COURT OF OHIO\n\n" +
            "               No. 17–301.   Decided January 8, 2018\n\n  The petition for a writ of certiorari is denied, and I would grant it.\n",
            "2018-01-08"
        },
        {
            "an order filed on its last lines",
            "IN THE COURT OF CRIMINAL APPEALS OF TEXAS\nNO. WR-70,112-01\nEX PARTE DAVID LOPEZ, Relator\n" +
            "ON APPLICATION FOR A WRIT OF MANDAMUS\nCAUSE NO. 04-1122 IN THE 208TH DISTRICT COURT\nFROM HARRIS COUNTY\n" +
            "Per curiam.\nORDER\nRelator has filed a motion for leave to file a writ of mandamus in this Court, and the respondent shall answer it within thirty days.\n" +
            "Filed: November 4, 2009\nDo Not Publish\n",
            "2009-11-04"
        },
        {
            "a delivered date at the end, after the panel",
            "COURT OF APPEALS\nSECOND DISTRICT OF TEXAS\nFORT WORTH\nNO. 02-09-00190-CV\nIN RE ANNA BELL, Relator\nORIGINAL PROCEEDING\n" +
            "MEMORANDUM OPINION\nThe court has considered relator's petition for writ of mandamus and is of the opinion that relief should be denied.\n" +
            "PER CURIAM\nPANEL: LIVINGSTON, J.; CAYCE, C.J.; and WALKER, J.\nDELIVERED: July 2, 2009\n",
            "2009-07-02"
        },
        {
            "a file date under a disposition",
            "TEXAS COURT OF APPEALS, THIRD DISTRICT, AT AUSTIN\nNO. 03-14-00301-CV\nJohn Myers, Appellant\nv.\nCity of Bastrop, Appellee\n" +
            "MEMORANDUM OPINION\nThe appellant has not filed a brief, and we abate the appeal to the trial court for a hearing.\n" +
            "Before Chief Justice Rose, Justices Puryear and Field\nAbated and Remanded\nFile: October 9, 2014\nDo Not Publish\n",
            "2014-10-09"
        },
        {
            "a rehearing date at the end is not the decision date",
            "The defendant was convicted of theft in the district court and appeals from the judgment against him.\n" +
            "We have examined each of his complaints and find no reversible error in the record, so the judgment is affirmed.\n" +
            "Affirmed.\nON REHEARING.\nMarch 8, 1923.\n",
            null
        },
        {
            "the lower court's entry date is not the decision date",
            "           SUPREME COURT OF THE STATE OF NEW YORK\n             Appellate Division, Fourth Judicial Department\n\n512\nCA 15-00123\n" +
            "PRESENT: WHALEN, P.J., SMITH, AND CURRAN, JJ.\n\nJOHN DOE, PLAINTIFF-APPELLANT,\n\n                      V                MEMORANDUM AND ORDER\n\n" +
            "RICHARD ROE, DEFENDANT-RESPONDENT.\n\n     Appeal from an order of the Supreme Court, Erie County\n" +
            "(Mary A. Lane, J.), entered May 8, 2014. The order granted the motion of defendant for summary judgment.\n\n" +
            "     It is hereby ORDERED that the order so appealed from is unanimously affirmed without costs.\n",
            null
        },
    };

    [Theory]
    [MemberData(nameof(Captions))]
    public void Reads_the_decision_date(string why, string text, string? expected)
    {
        var c = CaptionReader.Read(text);
        Assert.True(Parse(expected) == c.Date, $"{why}: read {c.Date}, expected {expected ?? "none"}");
    }

    [Fact]
    public void A_notice_above_the_caption_gives_no_case_name()
    {
        var text = (string)Captions.First(row => ((string)row[0]).StartsWith("a slip syllabus", StringComparison.Ordinal))[1];
        var c = CaptionReader.Read(text);
        Assert.Equal("Harmon v. Alden", c.CaseName);
        Assert.Equal(["16–2202"], c.Dockets);
    }

    [Theory]
    [InlineData("Frances JAHNER, as Executrix of the Estate of a man who died, and on behalf of the children, et al., Plaintiff and Appellee,\n")]
    [InlineData("NOTICE: This order is not precedential and may be cited only under the rules of this court and the circuit.\n")]
    [InlineData("Filed: September 30, 2009\nDo Not Publish\n")]
    [InlineData("ALITO, J., concurring\nSUPREME COURT OF THE UNITED STATES\n")]
    [InlineData("March 3, 1924. The opinion of the Court was delivered by the Chief Justice. ")]
    public void Stays_linear_on_repeated_patterns(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, 50_000).ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        CaptionReader.Read(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("(")]
    [InlineData("[")]
    [InlineData("*Page")]
    [InlineData("[unclosed note *Page 12 May 1, 1990.")]
    [InlineData("*Page 3 *Page")]
    [InlineData("OPINION BY")]
    [InlineData("x\nFiled:")]
    [InlineData("Jan. 1, 2000,")]
    public void Never_throws_on_fragments(string text)
    {
        Assert.NotNull(CaptionReader.Read(text));
        Assert.NotNull(CaptionReader.Read(text + "\n" + new string('a', 7000) + "\n" + text));
    }

    private static DateOnly? Parse(string? s) => s is null ? null : DateOnly.Parse(s, CultureInfo.InvariantCulture);
}
