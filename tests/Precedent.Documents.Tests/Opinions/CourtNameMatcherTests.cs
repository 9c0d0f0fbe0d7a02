using Precedent.Documents.Opinions;

namespace Precedent.Documents.Tests.Opinions;

public class CourtNameMatcherTests
{
    [Theory]
    // federal appellate courts
    [InlineData("United States Court of Appeals,\nFirst Circuit.", "ca1")]
    [InlineData("UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT", "ca10")]
    [InlineData("Court of Appeals for the Fifth Circuit", "ca5")]
    [InlineData("U.S. Court of Appeals for the 9th Circuit", "ca9")]
    [InlineData("United States Court of Appeals, Second Circuit", "ca2")]
    [InlineData("In the United States Court of Appeals For the Seventh Circuit", "ca7")]
    [InlineData("Court of Appeals for the D.C. Circuit", "cadc")]
    [InlineData("United States Court of Appeals for the District of Columbia Circuit", "cadc")]
    [InlineData("United States Court of Appeals for the Federal Circuit", "cafc")]
    [InlineData("Court of Appeals for the Eleventh Circuit", "ca11")]
    [InlineData("Supreme Court of the United States", "scotus")]
    [InlineData("SUPREME COURT OF THE UNITED STATES", "scotus")]
    [InlineData("United States Supreme Court", "scotus")]
    // federal trial and bankruptcy courts
    [InlineData("District Court, S.D. New York", "nysd")]
    [InlineData("United States District Court, S.D. New York", "nysd")]
    [InlineData("United States District Court for the Southern District of New York", "nysd")]
    [InlineData("District Court, D. Minnesota", "mnd")]
    [InlineData("District Court, District of Columbia", "dcd")]
    [InlineData("District Court, E.D. Louisiana.", "laed")]
    [InlineData("United States District Court for the Northern District of Illinois, Eastern Division", "ilnd")]
    [InlineData("United States Bankruptcy Court, N.D. Alabama", "alnb")]
    [InlineData("United States Bankruptcy Court, D. Nebraska", "nebraskab")]
    [InlineData("United States District Court, D. Puerto Rico", "prd")]
    // federal specialty courts
    [InlineData("United States Court of International Trade", "cit")]
    [InlineData("Court of Customs and Patent Appeals", "ccpa")]
    [InlineData("United States Court of Appeals for Veterans Claims", "cavc")]
    [InlineData("United States Judicial Panel on Multidistrict Litigation", "jpml")]
    // state courts
    [InlineData("TEXAS COURT OF APPEALS, THIRD DISTRICT, AT AUSTIN", "texapp")]
    [InlineData("Court of Appeals of Texas, Houston (14th Dist.)", "texapp")]
    [InlineData("Court of Criminal Appeals of Texas", "texcrimapp")]
    [InlineData("Texas Supreme Court", "tex")]
    [InlineData("Illinois Appellate Court First District (4th Division)", "illappct")]
    [InlineData("Appellate Court of Illinois", "illappct")]
    [InlineData("District Court of Appeal of Florida, Second District.", "fladistctapp")]
    [InlineData("Supreme Court of Pennsylvania", "pa")]
    [InlineData("Superior Court of Pennsylvania", "pasuperct")]
    [InlineData("Commonwealth Court of Pennsylvania", "pacommwct")]
    [InlineData("Michigan Supreme Court", "mich")]
    [InlineData("Court of Appeals of Michigan", "michctapp")]
    [InlineData("Appellate Division of the Supreme Court of the State of New York", "nyappdiv")]
    [InlineData("SUPREME COURT OF THE STATE OF NEW YORK Appellate Division, Fourth Judicial Department", "nyappdiv")]
    [InlineData("New York Court of Appeals", "ny")]
    [InlineData("Court of Appeals of New York", "ny")]
    [InlineData("New York Supreme Court", "nysupct")]
    [InlineData("IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA", "calctapp")]
    [InlineData("Court of Appeal, Second District, Division 1, California", "calctapp")]
    [InlineData("Louisiana Court of Appeal, Fifth Circuit", "lactapp")]
    [InlineData("Supreme Judicial Court of Massachusetts, Middlesex", "mass")]
    [InlineData("Massachusetts Appeals Court", "massappct")]
    [InlineData("Supreme Court of Appeals of West Virginia", "wva")]
    [InlineData("West Virginia Supreme Court", "wva")]
    [InlineData("Court of Special Appeals of Maryland", "mdctspecapp")]
    [InlineData("Superior Court of New Jersey, Appellate Division", "njsuperctappdiv")]
    [InlineData("New Jersey Superior Court", "njsuperct")]
    [InlineData("District of Columbia Court of Appeals", "dc")]
    [InlineData("Intermediate Court of Appeals of Hawaii", "hawapp")]
    [InlineData("Court of Appeals of Virginia,Lexington", "vactapp")]
    [InlineData("IN THE COURT OF CRIMINAL APPEALS OF TENNESSEE AT NASHVILLE", "tenncrimapp")]
    [InlineData("Court of Civil Appeals of Alabama", "alacivapp")]
    [InlineData("Oregon Tax Court", "ortc")]
    [InlineData("IN THE SUPREME COURT, STATE OF WYOMING", "wyo")]
    [InlineData("10th Cir.", "ca10")]
    public void Maps_a_written_court_name_to_the_catalog_court(string name, string id)
    {
        Assert.Equal(id, CourtNameMatcher.Match(name)?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Supreme Court")]
    [InlineData("Court of Appeals")]
    [InlineData("Texas Attorney General Reports")]
    [InlineData("Board of Veterans' Appeals")]
    [InlineData("North Carolina Industrial Commission")]
    [InlineData("the parties agreed to waive child support")]
    [InlineData("(((((((((((")]
    public void Names_no_court_when_the_words_do_not_name_one(string name)
    {
        Assert.Null(CourtNameMatcher.Match(name));
    }

    [Fact]
    public void Survives_huge_and_odd_input()
    {
        Assert.Null(CourtNameMatcher.Match(null!));
        Assert.Null(CourtNameMatcher.Match(string.Concat(Enumerable.Repeat("court of appeals of ", 20_000))));
        Assert.Equal("ca5", CourtNameMatcher.Match("Court\tof\r\nAppeals   for the  FIFTH\u00a0Circuit")?.Id);
    }
}
