using System.Text;
using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class CaptionReaderTests
{
    // One line per field, as reporters print a caption.
    private const string ReporterStyle =
        "512 F.2d 901\n" +
        "Harold QUILLEN, Plaintiff-Appellant,\n" +
        "v.\n" +
        "MARBURY COUNTY SCHOOL BOARD et al., Defendants-Appellees.\n" +
        "No. 74-2291.\n" +
        "United States Court of Appeals,\n" +
        "Tenth Circuit.\n" +
        "Argued March 4, 1975.\n" +
        "Decided May 19, 1975.\n" +
        "Ruth Ostrow, Denver, Colo., for plaintiff-appellant.\n" +
        "Before HOLLOWAY, McWILLIAMS and BARRETT, Circuit Judges.\n" +
        "McWILLIAMS, Circuit Judge.\n" +
        "The district court dismissed the complaint, and we reverse.\n";

    // A slip opinion: centred court name, columns, double spacing.
    private const string SlipStyle =
        "                                                                    FILED\n" +
        "                     NOT FOR PUBLICATION                            JUN 14 2011\n" +
        "\n" +
        "                    UNITED STATES COURT OF APPEALS\n" +
        "\n\n" +
        "                          FOR THE NINTH CIRCUIT\n" +
        "\n\n" +
        "DOLORES VANTERPOOL,                              No. 10-35512\n" +
        "\n" +
        "              Plaintiff - Appellant,             D.C. No. 3:09-cv-05123-RBL\n" +
        "\n" +
        "  v.\n" +
        "                                                 MEMORANDUM *\n" +
        "MICHAEL J. ASTRUE, Commissioner of Social\n" +
        "Security,\n" +
        "\n" +
        "              Defendant - Appellee.\n" +
        "\n\n" +
        "                   Appeal from the United States District Court\n" +
        "                     for the Western District of Washington\n" +
        "                   Ronald B. Leighton, District Judge, Presiding\n" +
        "\n" +
        "                            Submitted June 6, 2011 **\n" +
        "\n" +
        "Before: SCHROEDER, O'SCANNLAIN, and TALLMAN, Circuit Judges.\n" +
        "\n" +
        "       Dolores Vanterpool appeals the judgment of the district court affirming the denial of her\n" +
        "application for disability benefits, and we affirm.\n";

    private const string StateStyle =
        "PEOPLE of the State of Illinois, Plaintiff-Appellee,\n" +
        "v.\n" +
        "Dwayne KOLBY, Defendant-Appellant.\n" +
        "No. 1-12-3345\n" +
        "Appellate Court of Illinois, First District, Third Division.\n" +
        "Opinion filed March 26, 2014.\n" +
        "JUSTICE PUCINSKI delivered the judgment of the court, with opinion.\n" +
        "¶ 1 The defendant was convicted of burglary after a bench trial.\n";

    private const string TexasStyle =
        "      TEXAS COURT OF APPEALS, THIRD DISTRICT, AT AUSTIN\n" +
        "\n\n" +
        "                                        NO. 03-15-00211-CR\n" +
        "\n\n" +
        "                             Ex parte Marcus Dale Whitfield, Appellant\n" +
        "\n\n" +
        "          FROM THE COUNTY COURT AT LAW NO. 2 OF HAYS COUNTY\n" +
        "            NO. 14-1234-2, HONORABLE JANE DOE, JUDGE PRESIDING\n" +
        "\n\n" +
        "                 MEMORANDUM OPINION\n" +
        "\n" +
        "PER CURIAM\n" +
        "\n" +
        "                Appellant seeks to appeal the denial of his application for a writ of habeas corpus.\n";

    private const string NewYorkStyle =
        "        SUPREME COURT OF THE STATE OF NEW YORK\n" +
        "           Appellate Division, Fourth Judicial Department\n" +
        "\n" +
        "412\n" +
        "KA 13-00977\n" +
        "PRESENT: CENTRA, J.P., CARNI, LINDLEY, AND WHALEN, JJ.\n" +
        "\n\n" +
        "THE PEOPLE OF THE STATE OF NEW YORK, RESPONDENT,\n" +
        "\n" +
        "                    V                              MEMORANDUM AND ORDER\n" +
        "\n" +
        "TERRENCE OGDEN, DEFENDANT-APPELLANT.\n" +
        "\n\n" +
        "     It is hereby ORDERED that the judgment so appealed from is unanimously affirmed and the matter is remitted.\n";

    [Fact]
    public void Reads_a_reporter_caption()
    {
        var c = CaptionReader.Read(ReporterStyle);
        Assert.Equal("ca10", c.Court?.Id);
        Assert.Equal(["74-2291"], c.Dockets);
        Assert.Equal(new DateOnly(1975, 5, 19), c.Date);
        Assert.Equal("Quillen v. Marbury County School Board", c.CaseName);
        Assert.Equal(["Harold QUILLEN"], c.Parties?.Plaintiffs);
        Assert.Equal(["MARBURY COUNTY SCHOOL BOARD"], c.Parties?.Defendants);
        Assert.Equal(["Holloway", "McWilliams", "Barrett"], c.Judges);
        Assert.Equal(ReporterStyle.IndexOf("McWILLIAMS, Circuit Judge.", StringComparison.Ordinal), c.BodyStart);
    }

    [Fact]
    public void Reads_a_slip_opinion_with_columns()
    {
        var c = CaptionReader.Read(SlipStyle);
        Assert.Equal("ca9", c.Court?.Id);
        Assert.Equal(["10-35512"], c.Dockets);
        Assert.Equal(new DateOnly(2011, 6, 14), c.Date);
        Assert.Equal("Vanterpool v. Astrue", c.CaseName);
        Assert.Equal(["DOLORES VANTERPOOL"], c.Parties?.Plaintiffs);
        Assert.Equal(["MICHAEL J. ASTRUE, Commissioner of Social Security"], c.Parties?.Defendants);
        Assert.Equal(["Schroeder", "O'Scannlain", "Tallman"], c.Judges);
        Assert.Equal(SlipStyle.IndexOf("Dolores Vanterpool appeals", StringComparison.Ordinal), c.BodyStart);
    }

    [Fact]
    public void Reads_a_state_appellate_caption()
    {
        var c = CaptionReader.Read(StateStyle);
        Assert.Equal("illappct", c.Court?.Id);
        Assert.Equal(["1-12-3345"], c.Dockets);
        Assert.Equal(new DateOnly(2014, 3, 26), c.Date);
        Assert.Equal("People v. Kolby", c.CaseName);
        Assert.Equal(StateStyle.IndexOf("JUSTICE PUCINSKI", StringComparison.Ordinal), c.BodyStart);
    }

    [Fact]
    public void Reads_an_ex_parte_caption_and_ignores_the_trial_court()
    {
        var c = CaptionReader.Read(TexasStyle);
        Assert.Equal("texapp", c.Court?.Id);
        Assert.Equal(["03-15-00211-CR"], c.Dockets);
        Assert.Null(c.Date);
        Assert.Equal("Ex parte Whitfield", c.CaseName);
        Assert.Equal(TexasStyle.IndexOf("PER CURIAM", StringComparison.Ordinal), c.BodyStart);
    }

    [Fact]
    public void Reads_an_appellate_division_caption()
    {
        var c = CaptionReader.Read(NewYorkStyle);
        Assert.Equal("nyappdiv", c.Court?.Id);
        Assert.Equal(["KA 13-00977"], c.Dockets);
        Assert.Equal("People v. Ogden", c.CaseName);
        Assert.Equal(["Centra", "Carni", "Lindley", "Whalen"], c.Judges);
    }

    [Theory]
    // caption lines                                                          expected date
    [InlineData("Argued January 9, 2003.\nDecided April 2, 2003.\n",          "2003-04-02")]
    [InlineData("Submitted: May 30, 2013    Decided: June 4, 2013\n",         "2013-06-04")]
    [InlineData("Argued January 23, 2001--Decided September 4, 2001\n",       "2001-09-04")]
    [InlineData("Filed 4/29/13\n",                                            "2013-04-29")]
    [InlineData("October 26, 2007.\n",                                        "2007-10-26")]
    [InlineData("Opinion filed July 28, 1976.\n",                             "1976-07-28")]
    [InlineData("Argued March 5, 1945.\n",                                    null)]
    [InlineData("Rehearing Denied January 6, 1960.\n",                        null)]
    [InlineData("Submitted February 17, 2012\n",                              null)]
    public void Takes_the_decision_date_and_not_the_argument_date(string lines, string? expected)
    {
        var text = "Court of Appeals of Georgia.\n" + lines + "BARNES, Judge.\nWe affirm the judgment below.\n";
        var c = CaptionReader.Read(text);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), c.Date);
    }

    [Theory]
    // docket line                                 expected dockets
    [InlineData("No. 00-1153.",                     new[] { "00-1153" })]
    [InlineData("Nos. 98-1234, 98-1235.",           new[] { "98-1234", "98-1235" })]
    [InlineData("Docket No. 12345.",                new[] { "12345" })]
    [InlineData("NO. 03-13-00479-CR",               new[] { "03-13-00479-CR" })]
    [InlineData("Case No. 2:10-cv-01234",           new[] { "2:10-cv-01234" })]
    [InlineData("No. 2D08-5387.",                   new[] { "2D08-5387" })]
    [InlineData("No. CIV.A. 06-3120.",              new[] { "06-3120" })]
    [InlineData("No. CIV. RDB-04-1187.",            new[] { "RDB-04-1187" })]
    [InlineData("No. Civil 3-81-512.",              new[] { "3-81-512" })]
    [InlineData("11-2207-cv",                       new[] { "11-2207-cv" })]
    [InlineData("12\u20103391",                      new[] { "12\u20103391" })]
    [InlineData("No. 3\u201404\u20140738",            new[] { "3\u201404\u20140738" })]
    [InlineData("No. 1\u201309\u20142231",            new[] { "1\u201309\u20142231" })]
    [InlineData("v.   Record No. 052210           OPINION BY JUSTICE A. B. KEENAN", new[] { "052210" })]
    public void Reads_docket_numbers(string line, string[] expected)
    {
        var text = "Court of Appeals of Georgia.\n" + line + "\nMarch 3, 2010.\nBARNES, Judge.\nWe affirm.\n";
        Assert.Equal(expected, CaptionReader.Read(text).Dockets);
    }

    [Theory]
    // before line                                                                 surnames
    [InlineData("Before TACHA, Chief Judge, SEYMOUR and EBEL, Circuit Judges.",    new[] { "Tacha", "Seymour", "Ebel" })]
    [InlineData("Before ALDRICH, McENTEE and CAMPBELL, Circuit Judges.",           new[] { "Aldrich", "McEntee", "Campbell" })]
    [InlineData("Before: WALLACE, Senior Circuit Judge, and M. SMITH, Circuit Judge.", new[] { "Wallace", "Smith" })]
    [InlineData("Concur: CULLEN, Ch. J., GRAY and WERNER, JJ. Not voting: HAIGHT, J.", new[] { "Cullen", "Gray", "Werner" })]
    public void Reads_the_panel(string line, string[] expected)
    {
        var text = "United States Court of Appeals, Tenth Circuit.\nNo. 99-1010.\n" + line + "\nEBEL, Circuit Judge.\nWe reverse.\n";
        Assert.Equal(expected, CaptionReader.Read(text).Judges);
    }

    [Fact]
    public void A_repeated_style_line_names_the_case_when_the_top_has_no_caption()
    {
        var text = " KELLY, Circuit Judge.\n\n\tThe officers appeal the denial of summary judgment on qualified immunity, and we reverse the order of the district court.\n\n" +
                   "No. 04-2207, Rosa Delgado v. Thomas Harlan, et al.\n\n\tHENRY, Circuit Judge, dissenting.\n\tI would affirm the district court in every respect.\n";
        var c = CaptionReader.Read(text);
        Assert.Equal(["04-2207"], c.Dockets);
        Assert.Equal("Delgado v. Harlan", c.CaseName);
        Assert.Equal(["Rosa Delgado"], c.Parties?.Plaintiffs);
        Assert.Equal(["Thomas Harlan"], c.Parties?.Defendants);
        Assert.Null(c.Court);
        Assert.Null(c.Date);
        Assert.Equal(0, c.BodyStart);
    }

    [Fact]
    public void Text_without_a_caption_states_nothing()
    {
        var c = CaptionReader.Read("This is an appeal from a judgment of the circuit court entered on a jury verdict for the plaintiff, and we affirm it.\nThe facts are simple.\n");
        Assert.Null(c.Court);
        Assert.Empty(c.Dockets);
        Assert.Null(c.CaseName);
        Assert.Equal(0, c.BodyStart);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("v.")]
    [InlineData("No.")]
    [InlineData("Before")]
    [InlineData("In re")]
    [InlineData("February 30, 2001.")]
    [InlineData("A v. B")]
    [InlineData("\u0000\uffff\ud800")]
    public void Never_throws_on_fragments(string text)
    {
        var c = CaptionReader.Read(text);
        Assert.NotNull(c);
    }

    [Theory]
    [InlineData("No. 12-3456, ")]
    [InlineData("v.\n")]
    [InlineData("Before A, B, C, D, E, F, G, ")]
    [InlineData("United States Court of Appeals\n")]
    [InlineData("                                                 \n")]
    [InlineData("Filed March 3, 2010 ")]
    public void Stays_linear_on_repeated_patterns(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, 100_000).ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        CaptionReader.Read(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
