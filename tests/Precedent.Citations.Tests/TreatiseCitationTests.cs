using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>A section after a treatise or restatement title cites that work (kind journal), not a statute.</summary>
public class TreatiseCitationTests
{
    [Theory]
    [InlineData("See Wright & Miller, Federal Practice and Procedure § 2721 (3d ed. 1998).", "journal", "Federal Practice and Procedure § 2721", "Federal Practice and Procedure")]
    [InlineData("Restatement (Second) of Torts § 402A (1965) governs.", "journal", "Restatement (Second) of Torts § 402A", "Restatement (Second) of Torts")]
    [InlineData("See generally 27 Wright & Gold, Federal Practice & Procedure §§ 6284, 6294.", "journal", "Federal Practice & Procedure §§ 6284, 6294", "Federal Practice & Procedure")]
    // any "Author, Title § n (… year)": a treatise the catalog need not know
    [InlineData("See 1 W. LaFave, Search and Seizure § 3.1(h) (1984).", "journal", "Search and Seizure § 3.1(h)", "Search and Seizure")]
    [InlineData("Fees follow the contract. 2 S. Speiser, Attorney's Fees § 14:101 (1973).", "journal", "Attorney's Fees § 14:101", "Attorney's Fees")]
    // but not a statute named in prose, nor a title without an author or a year
    [InlineData("The Act, Section 10(b) (1934), bars fraud.", "statute", "Section 10(b)", null)]
    [InlineData("See W. LaFave, Search and Seizure § 3.1(h).", "statute", "§ 3.1(h)", null)]
    [InlineData("Under § 1983 a person may sue.", "statute", "§ 1983", null)]
    [InlineData("It undermines the purpose of § 1983–to provide a remedy.", "statute", "§ 1983", null)]
    public void TreatisesAndBareSections(string sentence, string kind, string text, string? code)
    {
        var c = Assert.Single(CitationExtractor.Default.Extract(sentence));
        Assert.Equal(kind, c.Kind.ToContractName());
        Assert.Equal(text, c.Text);
        Assert.Equal(code, c.Code);
    }

    [Fact]
    public void EachTreatiseSectionIsItsOwnAuthorityAndIdMeansIt()
    {
        var doc = CitationResolver.Default.Resolve(
            "See Restatement (Second) of Torts § 402A (1965). Id. See also Wright & Miller, Federal Practice and Procedure § 2721 (3d ed. 1998). Id.");
        Assert.Equal(["Restatement (Second) of Torts § 402A (1965)", "Federal Practice and Procedure § 2721 (1998)"],
            doc.Authorities.Select(a => a.Label).ToArray());
        var ids = doc.Citations.Where(c => c.Kind == CitationKind.Id).ToList();
        Assert.Equal(["Restatement (Second) of Torts § 402A (1965)", "Federal Practice and Procedure § 2721 (1998)"],
            ids.Select(c => doc.AuthorityOf(c)!.Label).ToArray());
    }
}
