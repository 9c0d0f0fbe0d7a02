using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>A section after a treatise or restatement title cites that work (kind journal), not a statute.</summary>
public class TreatiseCitationTests
{
    [Theory]
    [InlineData("See Wright & Miller, Federal Practice and Procedure § 2721 (3d ed. 1998).", "journal", "Federal Practice and Procedure § 2721", "Federal Practice and Procedure")]
    [InlineData("Restatement (Second) of Torts § 402A (1965) governs.", "journal", "Restatement (Second) of Torts § 402A", "Restatement (Second) of Torts")]
    [InlineData("See generally 27 Wright & Gold, Federal Practice & Procedure §§ 6284, 6294.", "journal", "Federal Practice & Procedure §§ 6284, 6294", "Federal Practice & Procedure")]
    [InlineData("Under § 1983 a person may sue.", "statute", "§ 1983", null)]
    [InlineData("It undermines the purpose of § 1983–to provide a remedy.", "statute", "§ 1983", null)]
    public void TreatisesAndBareSections(string sentence, string kind, string text, string? code)
    {
        var c = Assert.Single(CitationExtractor.Default.Extract(sentence));
        Assert.Equal(kind, c.Kind.ToContractName());
        Assert.Equal(text, c.Text);
        Assert.Equal(code, c.Code);
    }
}
