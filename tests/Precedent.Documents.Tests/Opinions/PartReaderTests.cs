using System.Diagnostics;
using System.Text;
using Precedent.Citations;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class PartReaderTests
{
    private const string Reasoning =
        "The officers are entitled to qualified immunity unless they violated clearly established law. "
        + "Graham v. Connor, 490 U.S. 386, 396 (1989), requires us to judge the use of force from the "
        + "perspective of a reasonable officer on the scene, rather than with the vision of hindsight.\n";

    /// <summary>Each row: the opinion (lines joined by "\n"), then the expected parts as "kind author first-words".</summary>
    public static TheoryData<string, string, string[]> Opinions => new()
    {
        {
            "a web page's label line above the separate opinion's heading",
            "JUSTICE SCALIA delivered the opinion of the Court.\n" + Reasoning + "Reversed.\nDissent by Stevens\nJUSTICE STEVENS, dissenting.\n" + Reasoning,
            ["majority Scalia JUSTICE SCALIA", "dissent Stevens Dissent by Stevens"]
        },
        {
            "a summary's sentence that opens with the kind is prose, not a heading",
            "BERZON, Circuit Judge:\n" + Reasoning + "\nSpecially concurring, Judge Wallace wrote that he agreed with the result but would reach it otherwise.\n\n" + Reasoning,
            ["majority Berzon BERZON"]
        },
        {
            "a one-sentence majority under its own author line is still a part",
            "No. 99-4021\nBefore TACHA, Chief Judge, EBEL and LUCERO, Circuit Judges.\nEBEL, Circuit Judge.\n"
            + "We review the grant of summary judgment de novo.\nAFFIRMED.\nLUCERO, Circuit Judge, dissenting.\nI would reverse.\n",
            ["majority Ebel No. 99-4021", "dissent Lucero LUCERO"]
        },
        {
            "circuit majority then dissent with its docket line",
            "MEDINA v. CRAM\nTACHA, Chief Judge.\n\n" + Reasoning + "We REVERSE.\n"
            + "No. 00-1153, Ernest Medina v. Michael Cram, et al.\nSEYMOUR, Circuit Judge, dissenting\n" + Reasoning,
            ["majority Tacha MEDINA", "dissent Seymour No. 00-1153"]
        },
        {
            "state supreme court: delivered the opinion, then a special concurrence",
            "Mr. JUSTICE ADESKO delivered the opinion of the court:\n" + Reasoning + "Affirmed.\n"
            + "Mr. JUSTICE DIERINGER, specially concurring:\n" + Reasoning,
            ["majority Adesko Mr. JUSTICE ADESKO", "concurrence Dieringer Mr. JUSTICE DIERINGER"]
        },
        {
            "heading that runs onto a second line, with a joining justice",
            "JUSTICE GINSBURG delivered the opinion of the Court.\n" + Reasoning + "It is so ordered.\n\n"
            + "JUSTICE THOMAS, with whom JUSTICE ALITO joins,\ndissenting.\n" + Reasoning,
            ["majority Ginsburg JUSTICE GINSBURG", "dissent Thomas JUSTICE THOMAS"]
        },
        {
            "concurrence in the judgment and a split opinion",
            "O'CONNOR, J.\n" + Reasoning + "Justice Scalia, concurring in the judgment.\n" + Reasoning
            + "McENTEE, Circuit Judge, concurring in part and dissenting in part.\n" + Reasoning,
            ["majority O'Connor O'CONNOR", "concurrence_in_judgment Scalia Justice Scalia", "concurrence_in_part_dissent_in_part McEntee McENTEE"]
        },
        {
            "per curiam with a parenthesised dissent and a star page",
            "PER CURIAM.\n" + Reasoning + "*1116 DONNELLY, Judge (dissenting).\n" + Reasoning,
            ["per_curiam - PER CURIAM", "dissent Donnelly *1116"]
        },
        {
            "plurality",
            "JUSTICE KENNEDY announced the judgment of the Court and delivered an opinion, in which two joined.\n" + Reasoning,
            ["plurality Kennedy JUSTICE KENNEDY"]
        },
        {
            "opinion by",
            "Opinion by Judge Wardlaw\n" + Reasoning,
            ["majority Wardlaw Opinion by"]
        },
        {
            "no separate opinions",
            "BRISCOE, Circuit Judge.\n" + Reasoning + Reasoning,
            ["majority Briscoe BRISCOE"]
        },
        {
            "a dissent headed by the judge's name alone, its first sentence the vote",
            "JEFFERSON, J.\n" + Reasoning + "The judgment is affirmed.\nFiles, P. J., concurred.\nKINGSLEY, J.\n"
            + "I dissent. The record shows the statement came before any warning was given.\n" + Reasoning,
            ["majority Jefferson JEFFERSON", "dissent Kingsley KINGSLEY"]
        },
        {
            "name and vote on one line, split vote",
            "SMITH, J.\n" + Reasoning + "JANE B. STRANCH, Circuit Judge. I respectfully concur in part and dissent in part.\n" + Reasoning,
            ["majority Smith SMITH", "concurrence_in_part_dissent_in_part Stranch JANE"]
        },
        {
            "a record that is one judge's concurrence",
            "WRIGHT, J.\nI concur in the result reached by the majority, though not in all it says.\n" + Reasoning,
            ["concurrence_in_judgment Wright WRIGHT"]
        },
        {
            "author line without a comma",
            "HAMILTON J.\nPetitioners seek review of the dismissal of their challenge to a ballot title.\n" + Reasoning,
            ["majority Hamilton HAMILTON"]
        },
        {
            "author line with a colon and the opinion on the same line",
            "MOORMAN, Judge:           The veteran appeals a decision of the Board of Veterans' Appeals.\n" + Reasoning,
            ["majority Moorman MOORMAN"]
        },
        {
            "opinion per curiam with its date, then a dissenting opinion by",
            "OPINION PER CURIAM, June 13, 1968:\n" + Reasoning + "Judgments of sentence affirmed.\n"
            + "DISSENTING OPINION BY HOFFMAN, J.:\n" + Reasoning,
            ["per_curiam - OPINION PER CURIAM", "dissent Hoffman DISSENTING"]
        },
        {
            "an en banc order per curiam after the dissent, then a dissent from that order",
            "TERRY JENNINGS, Justice.\n" + Reasoning + "ELSA ALCALA, Justice, dissenting.\n" + Reasoning
            + "EN BANC ORDER\nPER CURIAM.\nThe motion for rehearing is without merit and is denied. " + Reasoning
            + "EVELYN V. KEYES, Justice, dissenting from denial of motion for rehearing en banc.\n" + Reasoning,
            ["majority Jennings TERRY", "dissent Alcala ELSA", "per_curiam - EN BANC ORDER", "dissent Keyes EVELYN"]
        },
        {
            "a judge that joins, then the kind",
            "SCHOELEN, Judge.\n" + Reasoning + "HAGEL, Judge, joins, concurring in part and dissenting in part: I agree that the fee is owed.\n" + Reasoning,
            ["majority Schoelen SCHOELEN", "concurrence_in_part_dissent_in_part Hagel HAGEL"]
        },
        {
            "the trial judge's line in the caption, then per curiam",
            "An appeal from the Circuit Court for Miami-Dade County,\nJacqueline Hogan Scola, Judge.\n"
            + "Richards Goldstein LLP, and Jason Goldstein, for appellees.\nBefore SHEPHERD, SALTER and SCALES, JJ.\n"
            + "PER CURIAM.\n" + Reasoning,
            ["per_curiam - An appeal"]
        },
        {
            "a dissent in a paragraph of its own, the record that one opinion",
            "MONTGOMERY, J., dissenting. The defendant moved for a nonsuit at the close of the evidence, which was properly refused; "
            + "there was testimony tending to support the plaintiff's account of the crossing, and while the evidence was conflicting "
            + "it was for the jury to weigh. Where I part company with the majority is the charge on contributory negligence.\n" + Reasoning,
            ["dissent Montgomery MONTGOMERY"]
        },
        {
            "a paragraph that opens with a judge's name is prose",
            "SMITH, J.\n" + Reasoning + "Justice Harlan, dissenting in Plessy v. Ferguson, 163 U.S. 537 (1896), wrote that the Constitution "
            + "is color-blind and neither knows nor tolerates classes among citizens; the phrase has been quoted by the courts of every "
            + "state and by this court, and we repeat it here only to explain why the argument fails on its own terms.\n" + Reasoning,
            ["majority Smith SMITH"]
        },
        {
            "a special concurrence after the justices' signatures",
            "DUNN, Chief Justice.\n" + Reasoning + "Respectfully submitted this 26th day of August, 1977.\n"
            + "FRANCIS G. DUNN Chief Justice ROGER L. WOLLMAN Associate Justice\nWOLLMAN, Justice (concurring specially).\n" + Reasoning,
            ["majority Dunn DUNN", "concurrence Wollman WOLLMAN"]
        },
        {
            "the vote sentence and the heading on one line",
            "WATTS, J.\n" + Reasoning + "ADKINS and McDONALD, JJ., concur and dissent. McDONALD, J., concurring and dissenting, which ADKINS, J., joins.\n" + Reasoning,
            ["majority Watts WATTS", "concurrence_in_part_dissent_in_part McDonald McDONALD, J."]
        },
        {
            "a junior's name, a paragraph number, and a vote with an adverb first",
            "BAILEY BROWN, Senior Circuit Judge.\n" + Reasoning + "GEORGE CLIFTON EDWARDS, Jr., Chief Judge.\n59\nRespectfully, I dissent. " + Reasoning,
            ["majority Brown BAILEY", "dissent Edwards GEORGE"]
        },
        {
            "the author's signature, then the judges who concur",
            "TARLE, J.\n" + Reasoning + "The order denying the petition is affirmed.\n\n   PERLUSS, P. J.\n\nWe concur:\n\n   WOODS, J.\n\n   ZELON, J.\n",
            ["majority Tarle TARLE"]
        },
        {
            "a name in small capitals that lost their size",
            "J. S TEVEN S TAFFORD, J., concurring.\nI concur in the result reached by the majority, but write separately.\n" + Reasoning,
            ["concurrence Stafford J. S TEVEN"]
        },
        {
            "one-sentence special concurrences, one after another",
            "HARTEN, Justice.\n" + Reasoning + "Reversed.\nLINDQVIST, Justice (concurring specially).\n" + Reasoning
            + "MORAN, Justice (concurring specially).\nI concur in the opinion of Mr. Justice Lindqvist.\n"
            + "PRYCE, Justice (concurring specially).\nI concur in the opinion of Mr. Justice Lindqvist.\n",
            ["majority Harten HARTEN", "concurrence Lindqvist LINDQVIST", "concurrence Moran MORAN", "concurrence Pryce PRYCE"]
        },
        {
            "the author line says for the Court",
            "En Banc.\nHALVORSEN, Justice, for the Court.\n" + Reasoning + "AFFIRMED.\nQUILLEN, Justice, dissenting:\n"
            + "I would reverse for the reasons I gave in dissent when this question was last before us.\n",
            ["majority Halvorsen En Banc", "dissent Quillen QUILLEN"]
        },
        {
            "the author line says FOR THE COURT in capitals",
            "BRENNER, J., FOR THE COURT:\n" + Reasoning,
            ["majority Brenner BRENNER"]
        },
        {
            "the Court's order under a concurrence's running head",
            "Cite as: 580 U. S. ____ (2016)  1\n\nKAGAN, J., concurring\n\nSUPREME COURT OF THE UNITED STATES\n"
            + "No. 15-0000. Decided October 31, 2016\n\nThe petition for a writ of certiorari is granted. The judgment is vacated, "
            + "and the case is remanded for further consideration in light of Montgomery v. Louisiana, 577 U. S. 190 (2016).\n"
            + "JUSTICE KAGAN, concurring in the decision to grant, vacate, and remand.\n" + Reasoning,
            ["per_curiam - Cite as", "concurrence Kagan JUSTICE KAGAN"]
        },
        {
            "a running head, the caption, then the same dissent's own heading",
            "Cite as: 580 U. S. ____ (2017)  1\n\nKAGAN, J., dissenting\n\nSUPREME COURT OF THE UNITED STATES\n"
            + "No. 16-5454. Decided March 6, 2017\n\nJUSTICE KAGAN, dissenting from the denial of certiorari.\n" + Reasoning,
            ["dissent Kagan Cite as"]
        },
        {
            "a dissent whose judges close by joining its author",
            "BRANDT, J.\n" + Reasoning + "Affirmed.\nDISSENTING OPINION\n" + Reasoning
            + "ALDEN, C.J., and FERRIS, J., concur with MARLOWE, J. *Page 134\n",
            ["majority Brandt BRANDT", "dissent Marlowe DISSENTING"]
        },
        {
            "a letter-spaced concurring opinion heading, signed at its end",
            "In The\nCourt of Appeals\nFor The\nFirst District of Texas\nNO. 01-12-00470-CV\n\nCONCURRING O P I N I O N\n"
            + "I concur in the judgment of this Court, but write separately on the question of jurisdiction.\n" + Reasoning
            + "Justice Keyes, concurring.\n\n9\n",
            ["concurrence Keyes In The"]
        },
        {
            "an order of the court, then statements of the justices",
            "On order of the Court, the application for leave to appeal is considered, and it is DENIED, because we are not "
            + "persuaded that the question presented should be reviewed by this Court.\nKELLY, J., dissents and states as follows:\n"
            + "I would grant leave to appeal.\n" + Reasoning + "MICHAEL F. CAVANAGH, J., states as follows:\n"
            + "I do not participate in the decision of this motion.\n",
            ["per_curiam - On order", "dissent Kelly KELLY", "other Cavanagh MICHAEL"]
        },
        {
            "a consolidated case's style, with a docket number before the v.",
            "BRANDT, J.\n" + Reasoning + "It is so ordered.\nCite as: 581 U. S. ____ (2017)  1\n\nSUPREME COURT OF THE UNITED STATES\n"
            + "Nos. 15-1111 and 15-1112\nBANK OF AMERICA CORPORATION, ET AL.,\n15-1111              v.\nCITY OF MIAMI, FLORIDA\n"
            + "JUSTICE THOMAS, dissenting.\n" + Reasoning,
            ["majority Brandt BRANDT", "dissent Thomas Cite as"]
        },
        {
            "the title before the name, then the vote",
            "PER CURIAM.\n" + Reasoning + "MR. JUSTICE WATTS.\nI dissent. The statute plainly reaches the conduct charged here.\n" + Reasoning,
            ["per_curiam - PER CURIAM", "dissent Watts MR. JUSTICE WATTS"]
        },
        {
            "per curiam with the vote on the same line",
            "ON STATE'S PETITION FOR DISCRETIONARY REVIEW\nPer curiam. Alcala and Yeary, JJ., dissent.\nO R D E R\n" + Reasoning,
            ["per_curiam - ON STATE'S"]
        },
        {
            "the title and name on one line, delivered the opinion on the next",
            "Thomas R. Lane, of Peoria, for appellee.\nJUSTICE HARLOW\ndelivered the opinion of the court:\n" + Reasoning,
            ["majority Harlow Thomas R. Lane"]
        },
        {
            "a full name before delivered the Opinion of the Court, with a capital O",
            "Justice Ellen M Ward delivered the Opinion of the Court.\n" + Reasoning,
            ["majority Ward Justice Ellen"]
        },
        {
            "a full name split before the last word of the heading",
            "Mr. Justice Paul R. Dunmore delivered the Opinion of the\nCourt.\n" + Reasoning,
            ["majority Dunmore Mr. Justice Paul"]
        },
        {
            "a judge sitting pro tem with a footnote marker",
            "Crim. No. 4410.\nALDERTON, J. pro tem. [fn. *]\nStatement of the Case\n" + Reasoning,
            ["majority Alderton Crim. No."]
        },
        {
            "an author line ending in a dash",
            "*1262 OPINION\nMARCHETTI, P.J. \u2014\nINTRODUCTION\n" + Reasoning,
            ["majority Marchetti *1262"]
        },
        {
            "an author line ending in the control character that stood for a dash",
            "*1262 OPINION\nMARCHETTI, P.J. \u0097\nINTRODUCTION\n" + Reasoning,
            ["majority Marchetti *1262"]
        },
        {
            "the author signs above We concur",
            "Filed 5/8/15 Doe v. Superior Court\n" + Reasoning + "The petition is denied.\n\n   16\n        HALVERSEN, J.\n\nWe concur.\n\nORTIZ, P.J.\n\nLEE, J.\n",
            ["majority Halversen Filed"]
        },
        {
            "the author's name over the title above We concur",
            "Filed 2/21/14 Estate of Doe\n" + Reasoning + "Affirmed.\n\n          BRANNIGAN\n                 J.\n\nWe concur:\n\nORTIZ\n   Acting P. J.\n",
            ["majority Brannigan Filed"]
        },
        {
            "the author signs under a line after the panel's votes",
            "DECISION AND JUDGMENT ENTRY\n" + Reasoning + "Marlow, J., and Price, J.: Concur in Judgment Only.\n"
            + "________________________ Ruth A. Keller, Judge\nNOTICE TO COUNSEL\n",
            ["majority Keller DECISION"]
        },
        {
            "no signature above We concur: the author stays unknown",
            "Filed 5/8/15 Doe v. Superior Court\n" + Reasoning + "The petition is denied.\nWe concur:\nORTIZ, P.J.\n",
            ["majority - Filed"]
        },
        {
            "a bankruptcy judge's author line",
            "In re Doe, Debtor.\nMARGARET T. ELLISON, Bankruptcy Judge.\n" + Reasoning,
            ["majority Ellison In re Doe"]
        },
        {
            "a magistrate judge's author line",
            "Doe v. Roe\nPRENTISS, United States Magistrate Judge.\n" + Reasoning,
            ["majority Prentiss Doe v. Roe"]
        },
        {
            "two signatures under lines: the author stays unknown",
            "JUDGMENT ENTRY\n" + Reasoning + "__________ Ruth A. Keller, Judge\n__________ Tom B. Marlow, Judge\n",
            ["majority - JUDGMENT"]
        },
    };

    [Theory]
    [MemberData(nameof(Opinions))]
    public void Splits_opinions_into_parts(string description, string text, string[] expected)
    {
        IReadOnlyList<OpinionPart> parts = PartReader.Read(text);
        AssertCovers(text, parts);
        string[] actual = parts.Select(p => $"{p.Kind} {p.Author ?? "-"} {text[p.Start..]}").ToArray();
        Assert.True(expected.Length == parts.Count, $"{description}: got {string.Join(" | ", actual.Select(a => a[..Math.Min(60, a.Length)]))}");
        for (int i = 0; i < expected.Length; i++)
            Assert.True(actual[i].StartsWith(expected[i], StringComparison.Ordinal), $"{description}: part {i} is '{actual[i][..Math.Min(80, actual[i].Length)]}'");
    }

    public static TheoryData<string, string> NotPartStarts => new()
    {
        { "syllabus line", "KENNEDY, J., filed a dissenting opinion, in which THOMAS, J., joined.\n" },
        { "heading quoted in a sentence", "The dissent, headed \"SEYMOUR, Circuit Judge, dissenting\", argues otherwise.\n" },
        { "quoted at a line start", "\"Justice Scalia, concurring in the judgment.\" is how the opinion begins.\n" },
        { "parenthetical wrapped after an opening parenthesis", "See Lewis v. Casey, 518 U.S. 343 (\nThomas, J., concurring in the judgment).\n" },
        { "parenthetical continued on the next line", "Compare Atkins v. Virginia, 536 U.S. 304, 337 (Scalia,\nJ., dissenting) with the view here.\n" },
        { "panel concurring in the majority", "DURHAM and ZIMMERMAN, JJ., concur in the concurring opinion of STEWART, J.\n" },
        { "a sentence", "The majority, concurring in nothing, decides the case.\n" },
        { "signature then I concur with a colon", "ORME, Judge.\nI concur: Michele M. Christiansen, Judge.\n" },
        { "a judge named, then a sentence that is not a vote", "HOLMES, J., wrote for the court below.\nI disagree with nothing it said.\n" },
        { "the title before the name, then no vote", "MR. JUSTICE HOLMES.\nThe statute was read narrowly in that case.\n" },
        { "a concurring opinion heading inside a sentence", "CONCURRING OPINIONS are not binding on the lower courts.\n" },
        { "a statement that is prose", "SMITH, J., states as follows in the order below: the motion is denied.\n" },
        { "a join that is not on the last line", "BLACK, J., and FERRIS, J., concur with MARLOWE, J.\nThe rest of the opinion follows.\n" },
        { "per curiam in a sentence with a vote", "Per curiam opinions bind us. Smith and Jones, JJ., dissent.\n" },
        { "delivered the opinion on the line after a sentence", "The Justice wrote in Smith.\ndelivered the opinion of the court:\n" },
    };

    [Theory]
    [MemberData(nameof(NotPartStarts))]
    public void Does_not_start_a_part_at(string description, string line)
    {
        string text = "SMITH, J.\n" + Reasoning + line + Reasoning;
        IReadOnlyList<OpinionPart> parts = PartReader.Read(text);
        Assert.True(parts.Count == 1, $"{description}: {parts.Count} parts");
        Assert.Equal("majority", parts[0].Kind);
    }

    [Theory]
    [InlineData("I would affirm.\nALDEN, C.J., and FERRIS, J., concur with MARLOWE, J.", "Marlowe")]
    [InlineData("I would affirm.\nALDEN, C.J., concurs with MARLOWE, J. *Page 12\n\n", "Marlowe")]
    [InlineData("I would affirm.\nALDEN, C.J., and FERRIS, J., concur.", null)]
    [InlineData("I concur with the majority that the statute applies, J.", null)]
    [InlineData("", null)]
    [InlineData("concur with", null)]
    public void A_closing_join_names_the_author(string text, string? expected)
    {
        Assert.Equal(expected, PartReader.ClosingJoinAuthor(text, 0, text.Length));
    }

    [Theory]
    [InlineData("Affirmed.\nSTEWART, J.\nWe concur:\nKLINE, P.J.", "Stewart")]
    [InlineData("Affirmed.\nKING\nJ.\n\n17\n\nWe concur:\nRICHLI\nJ.", "King")]
    [InlineData("Affirmed.\n/S/ MARY C. SHEA\nWe Concur:\n/S/ JOHN DOE", null)]
    [InlineData("Affirmed.\nWe concur:\nKLINE, P.J.", null)]
    [InlineData("Affirmed.\nThe court below erred in part\nJ.\nWe concur:", null)]
    [InlineData("Affirmed.\n______ Ruth A. Keller, Judge", "Keller")]
    [InlineData("______ Ruth A. Keller, Judge\n______ Tom Marlow, Judge", null)]
    [InlineData("______ 12345, Judge", null)]
    [InlineData("______, Judge", null)]
    [InlineData("We concur:", null)]
    [InlineData("", null)]
    public void A_signature_at_the_end_names_the_author(string text, string? expected)
    {
        Assert.Equal(expected, PartReader.SignatureAuthor(text, 0, text.Length));
    }

    [Fact]
    public void An_author_line_that_closes_the_caption_names_the_author()
    {
        string caption = "JONES-LEE v. DEPARTMENT OF HUMAN SERVICES\nLeah Lanford, Little Rock, for minor children.\nWAYMOND M. BROWN, Judge.\n";
        string text = caption + Reasoning;
        IReadOnlyList<OpinionPart> parts = PartReader.Read(text, bodyStart: caption.Length);
        Assert.Equal(["majority Brown"], parts.Select(p => $"{p.Kind} {p.Author}"));
    }

    [Fact]
    public void A_slip_opinions_running_head_continues_the_same_dissent()
    {
        var text = new StringBuilder("JUSTICE SOTOMAYOR delivered the opinion of the Court.\n").Append(Reasoning)
            .Append("It is so ordered.\n\fCite as: 580 U. S. ____ (2017)  1\n\nALITO, J., dissenting\n\n")
            .Append("JUSTICE ALITO, dissenting.\n").Append(Reasoning);
        for (int page = 2; page < 6; page++)
            text.Append("\fCite as: 580 U. S. ____ (2017)  ").Append(page).Append("\n\nALITO, J., dissenting\n\n").Append(Reasoning);
        string s = text.ToString();
        IReadOnlyList<OpinionPart> parts = PartReader.Read(s);
        AssertCovers(s, parts);
        Assert.Equal(["majority Sotomayor", "dissent Alito"], parts.Select(p => $"{p.Kind} {p.Author}"));
        Assert.StartsWith("\fCite as", s[parts[1].Start..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_syllabus_before_the_opinion_is_other()
    {
        string text = "Syllabus\nThe Court of Appeals held that the officers acted reasonably in the circumstances presented.\n"
            + "GINSBURG, J., delivered the opinion of the Court, in which ROBERTS, C. J., joined.\n\n"
            + "SUPREME COURT OF THE UNITED STATES\nNo. 15-1031\n\nJUSTICE GINSBURG delivered the opinion of the Court.\n" + Reasoning;
        IReadOnlyList<OpinionPart> parts = PartReader.Read(text);
        AssertCovers(text, parts);
        Assert.Equal(["other ", "majority Ginsburg"], parts.Select(p => $"{p.Kind} {p.Author}"));
        Assert.StartsWith("SUPREME COURT", text[parts[1].Start..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("dissenting")]
    [InlineData("A, J., dissenting")]
    [InlineData("(\n)\n*\n[*\n")]
    [InlineData("SMITH, J., dissenting\n")]
    public void Never_throws_and_always_covers_the_text(string text)
    {
        IReadOnlyList<OpinionPart> parts = PartReader.Read(text, bodyStart: 99);
        AssertCovers(text, parts);
    }

    [Fact]
    public void Null_text_is_one_empty_part()
    {
        IReadOnlyList<OpinionPart> parts = PartReader.Read(null!);
        Assert.Single(parts);
        Assert.Equal(0, parts[0].End);
    }

    [Theory]
    [InlineData("SEYMOUR, Circuit Judge, dissenting\n")]
    [InlineData("I.\n")]
    [InlineData("JUSTICE THOMAS, with whom JUSTICE ALITO joins,\n")]
    [InlineData("ON DENIAL OF REHEARING\n")]
    [InlineData("KINGSLEY, J.\n")]
    [InlineData("PER CURIAM.\n")]
    [InlineData("SMITH, J. I dissent.\n")]
    [InlineData("CONCURRING O P I N I O N\n")]
    [InlineData("KELLY, J., dissents and states as follows:\n")]
    [InlineData("MR. JUSTICE WATTS.\n")]
    [InlineData("S T A F F O R D, J., concurring\n")]
    [InlineData("FERRIS, J., concur with MARLOWE, J.\n")]
    [InlineData("We concur:\n")]
    [InlineData("KING\nJ.\nWe concur:\n")]
    [InlineData("__________ Ruth A. Keller, Judge\n")]
    [InlineData("JUSTICE HARLOW\ndelivered the opinion of the court:\n")]
    [InlineData("Per curiam. Smith and Jones, JJ., dissent.\n")]
    [InlineData("A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z, concurring in all of it\n")]
    public void Stays_linear_on_a_hundred_thousand_repeated_lines(string line)
    {
        string text = string.Concat(Enumerable.Repeat(line, 100_000));
        var watch = Stopwatch.StartNew();
        IReadOnlyList<OpinionPart> parts = PartReader.Read(text);
        watch.Stop();
        AssertCovers(text, parts);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Random_text_never_throws()
    {
        var random = new Random(1983);
        const string alphabet = "ABJ.,() \n\t\f*[]1dissentingconcurringSEYMOUR, Circuit Judge, Justice ";
        for (int round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (int i = 0; i < chars.Length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
            string text = new(chars);
            AssertCovers(text, PartReader.Read(text, random.Next(-5, 500)));
        }
    }

    private static void AssertCovers(string text, IReadOnlyList<OpinionPart> parts)
    {
        Assert.NotEmpty(parts);
        Assert.Equal(0, parts[0].Start);
        Assert.Equal(text?.Length ?? 0, parts[^1].End);
        for (int i = 1; i < parts.Count; i++)
        {
            Assert.Equal(parts[i - 1].End, parts[i].Start);
            Assert.True(parts[i].Start > parts[i - 1].Start, "parts must be non-empty and in order");
        }
    }
}
