namespace Precedent.Citations.Tests.Checking;

/// <summary>PR001 and the unknown-reporter parser behind it.</summary>
public class UnknownReporterTests
{
    public static TheoryData<string, int, string?, string?> Rows() => new()
    {
        // sentence, findings, message part, suggestion
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3e 1531, 1534 (10th Cir. 1995).", 1, "unknown reporter \"F.3e\"", "did you mean F.3d, F.2d, F.?" },
        { "The history is told there. Tri-Star Pictures, Inc. v. Unger, 14 F.Supp.2d. 339 (S.D.N.Y. 1998).", 1, "\"F.Supp.2d.\"", "did you mean F. Supp. 2d, F. Supp. 3d, F. Supp.?" },
        { "The court upheld it. Jim Taylor Corp. v. Guinness Import Co., 897 F. Sup. 556 (M.D. Fla. 1995).", 1, "\"F. Sup.\"", "did you mean F. Supp., F. App'x, F. Supp. 2d?" },
        // not unknown reporters
        { "The burden is heavy. Albright v. Rodriguez, 51 F.3d 1531, 1534 (10th Cir. 1995).", 0, null, null },
        { "Suit was brought under 42 U.S.C. 1983 (2018).", 0, null, null },
        { "Congress appropriated the funds. Pub. L. No. 104-134, 110 Stat. 1321 (1996).", 0, null, null },
        { "The record says so. Smith v. Jones, Aplt. App. 45 (2000).", 0, null, null },
        { "Nothing here is a citation. Smith v. Jones, 12 Months Later 34 (1999).", 0, null, null },
        { "A reporter without a case name is not read. See 51 F.3e 1531 (10th Cir. 1995).", 0, null, null },
        { "Without a date parenthetical it is not read either. Albright v. Rodriguez, 51 F.3e 1531, 1534.", 0, null, null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void UnknownReporter(string sentence, int count, string? message, string? suggestion)
        => CheckFixture.AssertRow("PR001", sentence, count, message, suggestion);

    [Fact]
    public void UnknownReporterCitationHasItsParts()
    {
        var doc = CheckFixture.Resolve("The burden is heavy. See Albright v. Rodriguez, 51 F.3e 1531, 1534 (10th Cir. 1995).");
        var c = Assert.Single(doc.Citations);
        Assert.Equal(CitationKind.Unknown, c.Kind);
        Assert.Equal(("51", "F.3e", "1531", "1534"), (c.Volume, c.Reporter, c.Page, c.PinCite));
        Assert.Equal((1995, "ca10", "10th Cir."), (c.Year, c.Court, c.CourtText));
        Assert.Equal(("Albright v. Rodriguez", "Albright", "Rodriguez", "see"), (c.CaseName, c.Plaintiff, c.Defendant, c.Signal));
        Assert.Equal("51 F.3e 1531", c.Text);
    }

    [Fact]
    public void IdAfterAnUnknownReporterMeansIt()
    {
        var doc = CheckFixture.Resolve("Graham v. Connor, 490 U.S. 386 (1989). Albright v. Rodriguez, 51 F.3e 1531 (10th Cir. 1995). Id. at 1534.");
        var id = doc.Citations[^1];
        Assert.Equal(CitationKind.Id, id.Kind);
        Assert.Equal(CitationKind.Unknown, doc.AntecedentOf(id)?.Kind);
    }
}
