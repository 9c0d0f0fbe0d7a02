using Precedent.Citations;

namespace Precedent.Citations.Tests;

/// <summary>Citations to the parties' briefs, the petition and the argument transcript are record citations, and Id. after them means them.</summary>
public class BriefRecordCitationTests
{
    [Theory]
    [InlineData("He was held without process. Tr. of Oral Arg. 31; see id., at 33.", "Tr. of Oral Arg. 31", "Tr. of Oral Arg.")]
    [InlineData("The circuit stands alone. Pet. for Cert. 2; see id., at 10.", "Pet. for Cert. 2", "Pet. for Cert.")]
    [InlineData("See Brief for Petitioners 50. Id., at 51.", "Brief for Petitioners 50", "Brief for Petitioner")]
    [InlineData("The court ordered payment. App. to Pet. for Cert. 41a. Id., at 42a.", "App. to Pet. for Cert. 41a", "App. to Pet. for Cert.")]
    public void BriefsAndTranscriptsAreRecordCitationsThatIdFollows(string text, string record, string code)
    {
        var doc = CitationResolver.Default.Resolve(text);
        var r = Assert.Single(doc.Citations, c => c.Kind == CitationKind.Record);
        Assert.Equal(record, r.Text);
        Assert.Equal(code, r.Code);
        var id = Assert.Single(doc.Citations, c => c.Kind == CitationKind.Id);
        Assert.Same(r, doc.AntecedentOf(id));
    }
}
